import { invalidField } from './errors';

const ID_PATTERN = /^[1-9]\d{0,14}$/;

/** Turns a GraphQL `ID` into the integer key, or explains which field holds a malformed one. */
export function parseId(value: string | number, field = 'id'): number {
  const text = String(value).trim();
  if (!ID_PATTERN.test(text)) {
    throw invalidField(
      field,
      `"${text.slice(0, 40)}" is not a valid id`,
      `المعرّف "${text.slice(0, 40)}" غير صالح`,
    );
  }
  return Number(text);
}
