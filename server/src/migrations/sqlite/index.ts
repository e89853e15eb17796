import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123193402 } from './Migration20261123193402';
import { Migration20261123195854 } from './Migration20261123195854';

export const sqliteMigrations: MigrationObject[] = [
  { name: 'Migration20261123193402', class: Migration20261123193402 },
  { name: 'Migration20261123195854', class: Migration20261123195854 },
];
