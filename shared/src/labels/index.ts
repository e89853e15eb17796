import type { Bilingual, EnumDefinition } from '../enums/define-enum';

export type Locale = keyof Bilingual;

/** `{ id, name }` choices for a select input, in the reader's language and the enum's own order. */
export function enumChoices<K extends string>(definition: EnumDefinition<K>, locale: Locale) {
  return definition.keys.map((key) => ({ id: key, name: definition.labels[key][locale] }));
}

export function enumLabel<K extends string>(definition: EnumDefinition<K>, value: K, locale: Locale): string {
  return definition.labels[value]?.[locale] ?? value;
}

export * from './field-labels';
