import type { FieldRule } from './rules';

/** Rules that many inputs share, named once. */
export const fieldRules = {
  nameAr: { required: true, minLength: 2, maxLength: 150 },
  nameEn: { maxLength: 150 },
  title: { required: true, minLength: 2, maxLength: 200 },
  text: { maxLength: 4000 },
  shortText: { maxLength: 300 },
  phone: {
    maxLength: 20,
    pattern: {
      // Saudi mobile and landline numbers, local or international form, spaces and dashes allowed.
      regex: /^(?:\+966|00966|0)[\s-]?(?:5\d|1[1-7])(?:[\s-]?\d){7}$/,
      hint: {
        ar: 'رقم سعودي مثل 0551234567 أو ‎+966551234567',
        en: 'A Saudi number such as 0551234567 or +966551234567',
      },
    },
  },
  email: {
    maxLength: 200,
    pattern: {
      regex: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
      hint: { ar: 'بريد إلكتروني صحيح مثل name@example.sa', en: 'A valid email such as name@example.sa' },
    },
  },
  requiredRef: { required: true },
  requiredChoice: { required: true },
  requiredDate: { required: true },
  count: { integer: true, min: 0, max: 1_000_000 },
} as const satisfies Record<string, FieldRule>;
