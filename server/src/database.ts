import type { MikroORM } from '@mikro-orm/core';
import { District } from './health/district/district.entity';
import { DatabaseSeeder } from './seeders/database.seeder';

/**
 * Brings the schema up to date and, on an empty database, loads the seed data. Asks the primary:
 * a replica may lag behind it.
 */
export async function prepareDatabase(orm: MikroORM, { seed = true } = {}): Promise<void> {
  await orm.getMigrator().up();
  if (seed && (await orm.em.fork().count(District, {}, { connectionType: 'write' })) === 0) {
    await orm.getSeeder().seed(DatabaseSeeder);
  }
}
