import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123193403 } from './Migration20261123193403';
import { Migration20261123195855 } from './Migration20261123195855';
import { Migration20261202182515 } from './Migration20261202182515';
import { Migration20261202183000_audit_append_only } from './Migration20261202183000_audit_append_only';

export const postgresqlMigrations: MigrationObject[] = [
  { name: 'Migration20261123193403', class: Migration20261123193403 },
  { name: 'Migration20261123195855', class: Migration20261123195855 },
  { name: 'Migration20261202182515', class: Migration20261202182515 },
  { name: 'Migration20261202183000_audit_append_only', class: Migration20261202183000_audit_append_only },
];
