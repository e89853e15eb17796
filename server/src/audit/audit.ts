import type { EntityMetadata } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { AuditAction } from '@mujtama/shared/enums';
import type { Actor } from '../auth/actor';
import { isPostgres } from '../common/rows';
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

const auditColumns = new WeakMap<EntityMetadata, { names: string; casts: string[]; props: string[] }>();

/**
 * The audit log's columns and, per record, its parameters cast to the columns' types (PostgreSQL):
 * written by hand once, as the QueryBuilder's work per insert cost more than the insert. A column
 * of `from` takes that SQL expression instead of a parameter.
 */
function auditStatement(
  em: EntityManager,
  actor: Actor,
  records: AuditRecord[],
  from: Partial<Record<keyof AuditEntry, string>> = {},
) {
  const meta = em.getMetadata().get<AuditEntry>(AuditEntry.name);
  let columns = auditColumns.get(meta);
  if (!columns) {
    const props = meta.props.filter((prop) => !prop.primary && prop.persist !== false);
    columns = {
      names: props.map((prop) => `"${prop.fieldNames[0]}"`).join(', '),
      casts: props.map((prop) => `?::${prop.columnTypes[0]}`),
      props: props.map((prop) => prop.name),
    };
    auditColumns.set(meta, columns);
  }
  const { names, casts, props } = columns;
  const given = props.map((name) => from[name as keyof AuditEntry]);
  const values = casts.map((cast, index) => given[index] ?? cast).join(', ');
  const bindings = (auditRows(actor, records) as Record<string, unknown>[]).flatMap((row) =>
    props
      .filter((_name, index) => given[index] === undefined)
      .map((name) => {
        const value = row[name] ?? null;
        return value !== null && (name === 'before' || name === 'after') ? JSON.stringify(value) : value;
      }),
  );
  return { into: `insert into "${meta.tableName}" (${names})`, values, bindings };
}

/** Appends to the audit log through `em`: inside the caller's transaction, so it commits or rolls back with the change. */
export async function writeAudit(em: EntityManager, actor: Actor, records: AuditRecord[]): Promise<void> {
  if (!actor.audit || records.length === 0) return;
  if (!isPostgres(em)) {
    await em.insertMany(AuditEntry, auditRows(actor, records));
    return;
  }
  const { into, values, bindings } = auditStatement(em, actor, records);
  await em
    .getDriver()
    .execute(
      `${into} values ${records.map(() => `(${values})`).join(', ')}`,
      bindings,
      'run',
      em.getTransactionContext(),
    );
}

/**
 * PostgreSQL: `insert into audit_entry (…) select … from <source>`, so that a statement writes the
 * audit row only when the change it records happened (one row of `source`).
 */
export function auditInsertFrom(
  em: EntityManager,
  actor: Actor,
  record: AuditRecord,
  source: string,
): { sql: string; bindings: unknown[] } {
  const { into, values, bindings } = auditStatement(em, actor, [record]);
  return { sql: `${into} select ${values} from ${source}`, bindings };
}

/** PostgreSQL: the access entries of the personal health records `source` holds, one per row. */
export function auditReadsFrom(
  em: EntityManager,
  actor: Actor,
  entityType: string,
  source: string,
): { sql: string; bindings: unknown[] } {
  const { into, values, bindings } = auditStatement(em, actor, [{ action: 'READ', entityType }], {
    entityId: `${source}."id"`,
  });
  return { sql: `${into} select ${values} from ${source}`, bindings };
}
