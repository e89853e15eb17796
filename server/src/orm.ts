import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type MikroORM, type Options, MikroORM as Orm } from '@mikro-orm/core';
import { LibSqlDriver } from '@mikro-orm/libsql';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { SeedManager } from '@mikro-orm/seeder';
import type { DatabaseConfig } from './config';
import { entities } from './entities';
import { postgresqlMigrations } from './migrations/postgresql';
import { sqliteMigrations } from './migrations/sqlite';

/** Each database has its own migrations: SQLite and PostgreSQL DDL differ. */
export const migrationsPath = (type: DatabaseConfig['type']) => join(__dirname, 'migrations', type);

export function ormOptions(database: DatabaseConfig): Options {
  const common = {
    entities,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    extensions: [Migrator, SeedManager],
    migrations: {
      path: migrationsPath(database.type),
      glob: 'Migration*.{js,ts}',
      migrationsList: database.type === 'postgresql' ? postgresqlMigrations : sqliteMigrations,
      transactional: true,
      silent: true,
      allOrNothing: true,
      snapshot: true,
      snapshotName: '.snapshot',
      emit: 'ts' as const,
      fileName: (timestamp: string, name?: string) => `Migration${timestamp}${name ? `_${name}` : ''}`,
    },
    seeder: { path: join(__dirname, 'seeders'), defaultSeeder: 'DatabaseSeeder' },
    // Relations are read through per-request loaders; select-in is faster than joins with pagination.
    loadStrategy: 'select-in' as const,
    forceUtcTimezone: true,
    debug: process.env.MUJTAMA_SQL_DEBUG === '1',
  };
  if (database.type === 'postgresql') {
    return {
      ...common,
      driver: PostgreSqlDriver,
      clientUrl: database.url,
      // Reads outside a transaction go to a replica (each takes the pool and options below); writes,
      // and every statement of a transaction, to the primary.
      replicas: database.replicaUrls?.map((clientUrl, i) => ({ name: `replica-${i + 1}`, clientUrl })),
      pool: { min: 0, max: 10 },
      // A runaway statement is cancelled instead of holding a connection and the database's CPU.
      driverOptions: { connection: { statement_timeout: 15_000 } },
    };
  }
  if (database.path !== ':memory:') mkdirSync(dirname(database.path), { recursive: true });
  return { ...common, driver: LibSqlDriver, dbName: database.path };
}

export async function openOrm(database: DatabaseConfig): Promise<MikroORM> {
  return Orm.init(ormOptions(database));
}
