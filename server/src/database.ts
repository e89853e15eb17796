import type { MikroORM } from '@mikro-orm/core';
import { District } from './health/district/district.entity';
import { DatabaseSeeder } from './seeders/database.seeder';

/** Brings the schema up to date and, on an empty database, loads the seed data. */
export async function prepareDatabase(orm: MikroORM, { seed = true } = {}): Promise<void> {
  await orm.getMigrator().up();
  if (seed && (await orm.em.fork().count(District, {})) === 0) {
    await orm.getSeeder().seed(DatabaseSeeder);
  }
}
