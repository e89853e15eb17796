import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { ormOptions } from '../orm';

/**
 * Writes the next migration for both databases from the entity changes:
 * `pnpm --filter @mujtama/server migration:create` (PostgreSQL from TEST_POSTGRES_URL).
 */
async function main() {
  const scratch = mkdtempSync(join(tmpdir(), 'mujtama-migrations-'));
  const targets = [
    { type: 'sqlite' as const, path: join(scratch, 'scratch.sqlite') },
    ...(process.env.TEST_POSTGRES_URL
      ? [{ type: 'postgresql' as const, url: process.env.TEST_POSTGRES_URL }]
      : []),
  ];
  for (const database of targets) {
    const orm = await MikroORM.init(ormOptions(database));
    const migrator = orm.getMigrator();
    await migrator.up();
    const result = await migrator.createMigration(
      undefined,
      false,
      (await migrator.getExecutedMigrations()).length === 0,
    );
    console.log(`${database.type}: ${result.fileName || 'no changes'}`);
    await orm.close(true);
  }
  rmSync(scratch, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
