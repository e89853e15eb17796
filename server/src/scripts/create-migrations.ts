import 'reflect-metadata';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { withScratchPostgres } from '../../test/postgres';
import type { DatabaseConfig } from '../config';
import { migrationsPath, ormOptions } from '../orm';

/**
 * Writes the next migration of both databases from the entity changes, each against a scratch
 * database: `pnpm --filter @mujtama/server migration:create [--reset]`. `--reset` replaces all
 * migrations with one initial migration (only before a first release).
 * PostgreSQL comes from TEST_POSTGRES_URL (a server URL; a scratch database is made on it).
 */
/** Migrations are imported, not looked up on disk at run time, so every runner and bundler finds them. */
function writeMigrationIndex(type: DatabaseConfig['type']) {
  const names = readdirSync(migrationsPath(type))
    .filter((file) => /^Migration\d+.*\.ts$/.test(file))
    .map((file) => file.replace(/\.ts$/, ''))
    .sort();
  const lines = [
    "import type { MigrationObject } from '@mikro-orm/core';",
    ...names.map((name) => `import { ${name} } from './${name}';`),
    '',
    `export const ${type}Migrations: MigrationObject[] = [`,
    ...names.map((name) => `  { name: '${name}', class: ${name} },`),
    '];',
    '',
  ];
  writeFileSync(join(migrationsPath(type), 'index.ts'), lines.join('\n'));
}

async function createMigration(database: DatabaseConfig, reset: boolean) {
  if (reset) {
    for (const file of readdirSync(migrationsPath(database.type)))
      rmSync(join(migrationsPath(database.type), file));
  }
  const options = ormOptions(database);
  // Read the migrations folder as it is now, not the list compiled into the server.
  const orm = await MikroORM.init({
    ...options,
    migrations: { ...options.migrations, migrationsList: undefined },
  });
  try {
    const migrator = orm.getMigrator();
    await migrator.up();
    const initial = (await migrator.getExecutedMigrations()).length === 0;
    const result = await migrator.createMigration(undefined, false, initial);
    console.log(`${database.type}: ${result.fileName || 'no changes'}`);
    writeMigrationIndex(database.type);
  } finally {
    await orm.close(true);
  }
}

async function main() {
  const reset = process.argv.includes('--reset');
  const scratch = mkdtempSync(join(tmpdir(), 'mujtama-migrations-'));
  await createMigration({ type: 'sqlite', path: join(scratch, 'scratch.sqlite') }, reset);
  rmSync(scratch, { recursive: true, force: true });
  const server = process.env.TEST_POSTGRES_URL;
  if (!server) throw new Error('Set TEST_POSTGRES_URL to a PostgreSQL server to write its migration too.');
  await withScratchPostgres(server, (url) => createMigration({ type: 'postgresql', url }, reset));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
