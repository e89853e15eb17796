import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123193402 } from './Migration20261123193402';
import { Migration20261123195854 } from './Migration20261123195854';
import { Migration20261202183000_audit_append_only } from './Migration20261202183000_audit_append_only';

export const sqliteMigrations: MigrationObject[] = [
  { name: 'Migration20261123193402', class: Migration20261123193402 },
  { name: 'Migration20261123195854', class: Migration20261123195854 },
  { name: 'Migration20261202183000_audit_append_only', class: Migration20261202183000_audit_append_only },
];
