import type { Bilingual } from '@mujtama/shared/enums';
import type { Locale } from '@mujtama/shared/labels';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** What the data provider rejects with: react-admin notifies `message`, and puts `body.errors` on form fields. */
export interface DescribedError {
  message: string;
  status: number;
  body?: { errors: Record<string, string | { serverError: string }> };
}

interface ServerError {
  message: string;
  code?: string;
  violations: { field: string; message: Bilingual }[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

const isBilingual = (value: unknown): value is Bilingual =>
  isObject(value) && typeof value.ar === 'string' && typeof value.en === 'string';

function violationsOf(extensions: Record<string, unknown>): ServerError['violations'] {
  const { violations } = extensions;
  if (!Array.isArray(violations)) return [];
  return violations.flatMap((violation: unknown) =>
    isObject(violation) && typeof violation.field === 'string' && isBilingual(violation.message)
      ? [{ field: violation.field, message: violation.message }]
      : [],
  );
}

/** The GraphQL errors carried by what ra-data-graphql rejects with (an HttpError whose body is the ApolloError). */
function serverErrors(error: unknown): ServerError[] {
  const body = isObject(error) ? error.body : undefined;
  const list = isObject(body) ? body.graphQLErrors : undefined;
  if (!Array.isArray(list)) return [];
  return list.filter(isObject).map((item) => {
    const extensions = isObject(item.extensions) ? item.extensions : {};
    return {
      message: String(item.message ?? ''),
      code: typeof extensions.code === 'string' ? extensions.code : undefined,
      violations: violationsOf(extensions),
    };
  });
}

/** Turns an API failure into a message in the reader's language, with invalid input mapped onto form fields. */
export function describeError(
  error: unknown,
  context: { resource: string; method: string; locale: Locale; translate: Translate },
): DescribedError {
  const { resource, method, locale, translate } = context;
  const [first] = serverErrors(error);
  if (!first) {
    const status = isObject(error) && typeof error.status === 'number' ? error.status : 0;
    return { message: translate('ra.notification.http_error'), status };
  }
  switch (first.code) {
    case 'NOT_FOUND':
      return { message: translate('mujtama.errors.not_found'), status: 404 };
    case 'CONFLICT':
      // A delete is refused while other records point at the record; an update, when its version is stale.
      return {
        message: translate(method.startsWith('delete') ? 'mujtama.errors.in_use' : 'mujtama.errors.conflict'),
        status: 409,
      };
    case 'UNAUTHENTICATED':
      return { message: translate('ra.auth.auth_check_error'), status: 401 };
    case 'FORBIDDEN':
      return { message: translate('ra.notification.not_authorized'), status: 403 };
    case 'BAD_USER_INPUT': {
      if (first.violations.length === 0) return { message: first.message, status: 400 };
      const errors: Record<string, string> = {};
      for (const { field, message } of first.violations) errors[field] ??= message[locale];
      const summary = first.violations
        .map(({ field, message }) => {
          const label = translate(`resources.${resource}.fields.${field}`, { _: field });
          return `${label}: ${message[locale]}`;
        })
        .join(locale === 'ar' ? '، ' : '; ');
      const message = translate('mujtama.errors.invalid', { details: summary });
      return { message, status: 400, body: { errors: { ...errors, root: { serverError: message } } } };
    }
    default:
      return { message: first.message || translate('ra.notification.http_error'), status: 500 };
  }
}
