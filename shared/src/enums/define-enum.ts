/** A label in both languages of the platform. */
export interface Bilingual {
  ar: string;
  en: string;
}

export interface EnumDefinition<K extends string> {
  /** GraphQL name of the enum. */
  name: string;
  /** What the enum classifies, for the API documentation. */
  description: string;
  /** `{ KEY: 'KEY' }`, the shape `registerEnumType` and TypeScript code use. */
  values: { readonly [P in K]: P };
  labels: { readonly [P in K]: Bilingual };
  keys: readonly K[];
}

/** Declares an enum once, with its Arabic and English labels; the server registers it, the admin shows it. */
export function defineEnum<K extends string>(
  name: string,
  description: string,
  labels: { readonly [P in K]: Bilingual },
): EnumDefinition<K> {
  const keys = Object.keys(labels) as K[];
  const values = Object.fromEntries(keys.map((key) => [key, key])) as { [P in K]: P };
  return { name, description, values, labels, keys };
}

export type EnumValue<E> = E extends EnumDefinition<infer K> ? K : never;
