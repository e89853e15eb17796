import type { CurrentUser } from '../auth/actor';
import type { RawCondition } from './rows';

/**
 * Which rows of a type a health manager or a coach may touch, as SQL on the row alias `e`.
 * Other roles are not narrowed by row.
 */
export interface RowScope {
  manager?: (centerIds: number[]) => RawCondition;
  coach?: (personId: number) => RawCondition;
  /** Everyone may read the rows; the scope limits changes only (centers and offerings are public knowledge). */
  writesOnly?: boolean;
}

const placeholders = (values: unknown[]) => values.map(() => '?').join(', ');

/** Rows whose center (an SQL expression on `e`) is one the manager manages. */
export function byCenter(centerOf: string): RowScope['manager'] {
  return (centerIds) =>
    centerIds.length ? [`${centerOf} in (${placeholders(centerIds)})`, centerIds] : ['1 = 0', []];
}

/** The center of an offering-owned row: `e.<column>` is an offering id. */
export const offeringCenter = (column = 'e.offering_id') =>
  `(select o.center_id from program_offering o where o.id = ${column})`;

/** The condition limiting `user` to the rows of this scope, or null when nothing limits them. */
export function scopeCondition(
  scope: RowScope | undefined,
  user: CurrentUser | null,
  forWrite: boolean,
): RawCondition | null {
  if (!scope || !user || (scope.writesOnly && !forWrite)) return null;
  if (user.role === 'HEALTH_MANAGER' && scope.manager) return scope.manager(user.centerIds);
  if (user.role === 'COACH' && scope.coach) return user.personId ? scope.coach(user.personId) : ['1 = 0', []];
  return null;
}
