import type { EntityManager } from '@mikro-orm/knex';

/** Rows of a hand-written SQL statement, run inside `em`'s transaction when it has one. */
export function sqlRows<T extends object>(
  em: EntityManager,
  sql: string,
  params: readonly unknown[],
): Promise<T[]> {
  return em.getConnection().execute<T[]>(sql, [...params], 'all', em.getTransactionContext());
}

/** The single number a counting or summing statement returns (PostgreSQL returns bigints as text). */
export async function scalar(em: EntityManager, sql: string, params: readonly unknown[]): Promise<number> {
  const [row] = await sqlRows<Record<string, unknown>>(em, sql, params);
  return Number(Object.values(row ?? {})[0] ?? 0);
}
