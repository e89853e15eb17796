import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123191041 } from './Migration20261123191041';

export const postgresqlMigrations: MigrationObject[] = [
  { name: 'Migration20261123191041', class: Migration20261123191041 },
];
