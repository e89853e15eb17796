import { describe, expect, it } from 'vitest';
import { describeError, type Translate } from './errors';

const messages: Record<string, string> = {
  'ra.notification.http_error': 'تعذر الاتصال بالخادم',
  'mujtama.errors.not_found': 'السجل غير موجود',
  'mujtama.errors.conflict': 'عدّل غيرك السجل',
  'mujtama.errors.in_use': 'السجل مستخدم',
  'ra.auth.auth_check_error': 'سجّل الدخول',
  'resources.Person.fields.phone': 'الهاتف',
};
const translate: Translate = (key, options) => {
  const text =
    messages[key] ?? (key === 'mujtama.errors.invalid' ? 'تحقق من: %{details}' : String(options?._ ?? key));
  return text.replace('%{details}', String(options?.details ?? ''));
};
const context = { resource: 'Person', method: 'update', locale: 'ar', translate } as const;

/** What ra-data-graphql rejects with when the server answers with GraphQL errors. */
const rejected = (...graphQLErrors: unknown[]) => ({
  message: 'failed',
  status: 200,
  body: { graphQLErrors },
});

describe('describeError', () => {
  it('maps invalid input onto the form fields, in the reader’s language', () => {
    const error = rejected({
      message: 'Invalid input',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'phone',
        violations: [
          { field: 'phone', code: 'pattern', message: { ar: 'رقم سعودي', en: 'A Saudi number' } },
          { field: 'birthYear', code: 'tooSmall', message: { ar: 'أقل قيمة 1900', en: 'At least 1900' } },
        ],
      },
    });
    const described = describeError(error, context);
    expect(described.status).toBe(400);
    expect(described.message).toBe('تحقق من: الهاتف: رقم سعودي، birthYear: أقل قيمة 1900');
    expect(described.body?.errors).toEqual({
      phone: 'رقم سعودي',
      birthYear: 'أقل قيمة 1900',
      root: { serverError: described.message },
    });
    expect(describeError(error, { ...context, locale: 'en' }).body?.errors.phone).toBe('A Saudi number');
  });

  it('names not found and conflicts in words', () => {
    expect(describeError(rejected({ message: 'x', extensions: { code: 'NOT_FOUND' } }), context)).toEqual({
      message: 'السجل غير موجود',
      status: 404,
    });
    expect(describeError(rejected({ message: 'x', extensions: { code: 'CONFLICT' } }), context)).toEqual({
      message: 'عدّل غيرك السجل',
      status: 409,
    });
  });

  it('tells a delete refused for references from a stale edit, and a lost session from the rest', () => {
    const conflict = rejected({ message: 'x', extensions: { code: 'CONFLICT' } });
    expect(describeError(conflict, { ...context, method: 'delete' }).message).toBe('السجل مستخدم');
    expect(describeError(conflict, { ...context, method: 'deleteMany' }).message).toBe('السجل مستخدم');
    const signedOut = rejected({ message: 'x', extensions: { code: 'UNAUTHENTICATED' } });
    expect(describeError(signedOut, context)).toEqual({ message: 'سجّل الدخول', status: 401 });
  });

  it('keeps the server’s message for other errors, and reports network failures', () => {
    expect(describeError(rejected({ message: 'Boom' }), context)).toEqual({ message: 'Boom', status: 500 });
    expect(describeError({ message: 'Failed to fetch', status: 502 }, context)).toEqual({
      message: 'تعذر الاتصال بالخادم',
      status: 502,
    });
  });
});
