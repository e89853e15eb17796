import type { EntityManager } from '@mikro-orm/knex';
import { Seeder } from '@mikro-orm/seeder';
import { seedHealthPrograms } from './health.seeder';
import { seedHealthDemo } from './health-demo.seeder';

/** Everything a fresh installation starts with: the real names from the source texts, then demo records. */
export class DatabaseSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    await em.transactional(async (tx) => {
      await seedHealthPrograms(tx);
      await seedHealthDemo(tx);
    });
  }
}
