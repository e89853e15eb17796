import type { EntityMetadata } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { AuditAction } from '@mujtama/shared/enums';
import type { Actor } from '../auth/actor';
import { AuditEntry } from './audit.entity';

export interface AuditRecord {
  action: AuditAction;
  entityType: string;
  entityId?: number | null;
  before?: object | null;
  after?: object | null;
  reason?: string | null;
}

function auditRows(actor: Actor, records: AuditRecord[]): Partial<AuditEntry>[] {
  const at = new Date();
  return records.map((record) => ({
    at,
    action: record.action,
    entityType: record.entityType,
    entityId: record.entityId ?? null,
    userId: actor.user?.id ?? null,
    userEmail: actor.user?.email ?? null,
    before: (record.before ?? null) as Record<string, unknown> | null,
    after: (record.after ?? null) as Record<string, unknown> | null,
    reason: record.reason ?? null,
    requestId: actor.requestId,
  }));
}

/** Appends to the audit log through `em`: inside the caller's transaction, so it commits or rolls back with the change. */
export async function writeAudit(em: EntityManager, actor: Actor, records: AuditRecord[]): Promise<void> {
  if (!actor.audit || records.length === 0) return;
  await em.insertMany(AuditEntry, auditRows(actor, records));
}

const auditColumns = new WeakMap<EntityMetadata, { names: string; values: string; props: string[] }>();

/**
 * PostgreSQL: `insert into audit_entry (…) select … from <source>`, so that a statement writes the
 * audit row only when the change it records happened (one row of `source`). Parameters are cast to
 * their columns' types: in a `select` they would otherwise be text.
 */
export function auditInsertFrom(
  em: EntityManager,
  actor: Actor,
  record: AuditRecord,
  source: string,
): { sql: string; bindings: unknown[] } {
  const meta = em.getMetadata().get<AuditEntry>(AuditEntry.name);
  let columns = auditColumns.get(meta);
  if (!columns) {
    const props = meta.props.filter((prop) => !prop.primary && prop.persist !== false);
    columns = {
      names: props.map((prop) => `"${prop.fieldNames[0]}"`).join(', '),
      values: props.map((prop) => `?::${prop.columnTypes[0]}`).join(', '),
      props: props.map((prop) => prop.name),
    };
    auditColumns.set(meta, columns);
  }
  const [row] = auditRows(actor, [record]) as Record<string, unknown>[];
  const bindings = columns.props.map((name) => {
    const value = row[name] ?? null;
    return value !== null && (name === 'before' || name === 'after') ? JSON.stringify(value) : value;
  });
  return {
    sql: `insert into "${meta.tableName}" (${columns.names}) select ${columns.values} from ${source}`,
    bindings,
  };
}
