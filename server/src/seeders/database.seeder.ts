import type { EntityManager } from '@mikro-orm/knex';
import { Seeder } from '@mikro-orm/seeder';
import { seedAssociation } from './association.seeder';
import { seedAssociationDemo } from './association-demo.seeder';
import { seedHealthPrograms } from './health.seeder';
import { seedHealthDemo } from './health-demo.seeder';

/** Everything a fresh installation starts with: the real names from the source texts, then demo records. */
export class DatabaseSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    await em.transactional(async (tx) => {
      await seedHealthPrograms(tx);
      const association = await seedAssociation(tx);
      await seedHealthDemo(tx);
      await seedAssociationDemo(tx, association);
    });
  }
}
