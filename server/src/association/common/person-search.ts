import { normalizeArabic } from '@mujtama/shared/arabic';
import type { RawCondition } from '../../common/rows';

/**
 * Rows whose person (`column` holds a person id) has every word of `query` in their search key.
 * LIKE behaves alike on SQLite and PostgreSQL; the words are escaped so they match literally.
 */
export function personSearch(column: string, query: string): RawCondition {
  const words = normalizeArabic(query).split(' ').filter(Boolean);
  if (!words.length) return ['1 = 1', []];
  const matches = words.map(() => "p.search_key like ? escape '!'").join(' and ');
  return [
    `${column} in (select p.id from person p where ${matches})`,
    words.map((word) => `%${word.replace(/[!%_]/g, '!$&')}%`),
  ];
}
