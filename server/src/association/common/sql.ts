import type { EntityManager } from '@mikro-orm/knex';

/** The single number a counting or summing SQL statement returns (PostgreSQL returns bigints as text). */
export async function scalar(em: EntityManager, sql: string, params: readonly unknown[]): Promise<number> {
  const [row] = await em.getConnection().execute<Record<string, unknown>[]>(sql, [...params]);
  return Number(Object.values(row ?? {})[0] ?? 0);
}
