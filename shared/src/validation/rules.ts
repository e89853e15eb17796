import type { Bilingual } from '../enums/define-enum';

/** Constraints on one input field; the server enforces them and the admin's forms check them as you type. */
export interface FieldRule {
  required?: boolean;
  minLength?: number;
  maxLength?: number;
  /** A regular expression the trimmed text must match, and what it means to the reader. */
  pattern?: { regex: RegExp; hint: Bilingual };
  min?: number;
  max?: number;
  integer?: boolean;
  /** Name of a date field of the same input this date may not precede. */
  notBefore?: string;
}

export type RuleSet = Readonly<Record<string, FieldRule>>;

export type ViolationCode =
  | 'required'
  | 'tooShort'
  | 'tooLong'
  | 'pattern'
  | 'tooSmall'
  | 'tooLarge'
  | 'integer'
  | 'order';

export interface Violation {
  field: string;
  code: ViolationCode;
  message: Bilingual;
}

const messages: Record<ViolationCode, (rule: FieldRule) => Bilingual> = {
  required: () => ({ ar: 'هذا الحقل مطلوب', en: 'This field is required' }),
  tooShort: (rule) => ({
    ar: `الحد الأدنى ${rule.minLength} أحرف`,
    en: `At least ${rule.minLength} characters`,
  }),
  tooLong: (rule) => ({
    ar: `الحد الأقصى ${rule.maxLength} حرفًا`,
    en: `At most ${rule.maxLength} characters`,
  }),
  pattern: (rule) => rule.pattern?.hint ?? { ar: 'الصيغة غير صحيحة', en: 'Invalid format' },
  tooSmall: (rule) => ({ ar: `أقل قيمة ${rule.min}`, en: `Must be at least ${rule.min}` }),
  tooLarge: (rule) => ({ ar: `أكبر قيمة ${rule.max}`, en: `Must be at most ${rule.max}` }),
  integer: () => ({ ar: 'يجب أن يكون عددًا صحيحًا', en: 'Must be a whole number' }),
  order: (rule) => ({ ar: 'لا يسبق تاريخ البداية', en: `Cannot be before ${rule.notBefore}` }),
};

const isBlank = (value: unknown) =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/** The first problem with one field's value, or `null`. `values` gives the other fields, for cross-field rules. */
export function checkField(
  field: string,
  rule: FieldRule,
  value: unknown,
  values: Readonly<Record<string, unknown>>,
): Violation | null {
  const fail = (code: ViolationCode): Violation => ({ field, code, message: messages[code](rule) });
  if (isBlank(value)) return rule.required ? fail('required') : null;
  if (typeof value === 'string') {
    const length = [...value.trim()].length;
    if (rule.minLength !== undefined && length < rule.minLength) return fail('tooShort');
    if (rule.maxLength !== undefined && length > rule.maxLength) return fail('tooLong');
    if (rule.pattern && !rule.pattern.regex.test(value.trim())) return fail('pattern');
    const other = rule.notBefore ? values[rule.notBefore] : undefined;
    if (typeof other === 'string' && other && value < other) return fail('order');
  }
  if (typeof value === 'number') {
    if (rule.integer && !Number.isInteger(value)) return fail('integer');
    if (rule.min !== undefined && value < rule.min) return fail('tooSmall');
    if (rule.max !== undefined && value > rule.max) return fail('tooLarge');
  }
  return null;
}

/**
 * Every violation of `rules` by `values`. With `partial`, fields absent from `values` are left alone
 * (an update that does not touch them), but a field set to null or blank must still not be required.
 */
export function validate(
  rules: RuleSet,
  values: Readonly<Record<string, unknown>>,
  partial = false,
): Violation[] {
  const violations: Violation[] = [];
  for (const [field, rule] of Object.entries(rules)) {
    if (partial && !(field in values)) continue;
    const violation = checkField(field, rule, values[field], values);
    if (violation) violations.push(violation);
  }
  return violations;
}
