import { normalizeArabic } from '@mujtama/shared/arabic';
import type { CurrentUser } from '../../auth/actor';
import type { RawCondition } from '../../common/rows';
import { scopeCondition } from '../../common/scope';
import { healthScopes } from '../../health/health.scopes';

/**
 * Rows whose person (`column` holds a person id) has every word of `query` in their search key,
 * among the people `user` may see. LIKE behaves alike on SQLite and PostgreSQL; the words are
 * escaped so they match literally. The subquery names the person `e`, as the row scopes expect.
 */
export function personSearch(column: string, query: string, user: CurrentUser | null): RawCondition {
  const words = normalizeArabic(query).split(' ').filter(Boolean);
  if (!words.length) return ['1 = 1', []];
  const matches = words.map(() => "e.search_key like ? escape '!'");
  const scope = scopeCondition(healthScopes.person, user, false);
  return [
    `${column} in (select e.id from person e where ${[...matches, ...(scope ? [`(${scope[0]})`] : [])].join(' and ')})`,
    [...words.map((word) => `%${word.replace(/[!%_]/g, '!$&')}%`), ...(scope?.[1] ?? [])],
  ];
}
