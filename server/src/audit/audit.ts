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

/** Appends to the audit log through `em`: inside the caller's transaction, so it commits or rolls back with the change. */
export async function writeAudit(em: EntityManager, actor: Actor, records: AuditRecord[]): Promise<void> {
  if (!actor.audit || records.length === 0) return;
  const at = new Date();
  await em.insertMany(
    AuditEntry,
    records.map((record) => ({
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
    })),
  );
}
