import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123192032 } from './Migration20261123192032';

export const postgresqlMigrations: MigrationObject[] = [
  { name: 'Migration20261123192032', class: Migration20261123192032 },
];
