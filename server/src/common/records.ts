import type { EntityClass, EntityMetadata, EntityProperty, FilterQuery } from '@mikro-orm/core';
import {
  ForeignKeyConstraintViolationException,
  NotNullConstraintViolationException,
  ReferenceKind,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { AuditAction } from '@mujtama/shared/enums';
import { type RuleSet, type Violation, validate } from '@mujtama/shared/validation';
import { GraphQLError } from 'graphql';
import { type AuditRecord, auditInsertFrom, writeAudit } from '../audit/audit';
import { type Actor, systemActor } from '../auth/actor';
import type { BaseRecord } from './base.entity';
import { EnumListType } from './enum-list.type';
import { conflict, ErrorCode, forbidden, invalidInput, notFound } from './errors';
import { parseId } from './ids';
import { policyOf } from './policies';
import { countRows, isPostgres, runStatement, selectRowsByKeys } from './rows';
import { type RowScope, scopeCondition } from './scope';

/** What a domain rule sees before a record is written; it may add to `changes` or throw. */
export interface WriteEvent<E> {
  em: EntityManager;
  /** The fields being written (for an update, only those sent). */
  changes: Partial<E>;
  /** The record as it will be after the write. */
  merged: Partial<E>;
  /** The record before an update; null on create. */
  existing: E | null;
  /** Who is writing: a rule that writes other records does so, and is audited, in their name. */
  actor: Actor;
}

/** How one record type is written: its rules, its search key, its domain rule and whose rows it is. */
export interface RecordPolicy<E extends BaseRecord> {
  entity: EntityClass<E>;
  rules: RuleSet;
  /** Texts the Arabic search key is built from. */
  searchKey: (record: Partial<E>) => string;
  /** Checks a change against the other records; may read, never writes (see `alsoWrite`). */
  beforeWrite?: (event: WriteEvent<E>) => Promise<void> | void;
  /** Writes the other records a change implies, in its transaction, after the checks. */
  alsoWrite?: (event: WriteEvent<E>) => Promise<void>;
  scope?: RowScope;
  /** Personal health records: every read leaves an access entry in the audit log. */
  auditReads?: boolean;
  /** The search key holds personal health detail: only its readers may search it. */
  searchesHealthDetail?: boolean;
  /**
   * Foreign keys whose record enters the writer's row scope through this one (a person put on a
   * roster): they must name a record the writer already sees.
   */
  revealing?: readonly (keyof E & string)[];
}

/** Logs who read which personal health records, when the type asks for it. */
export async function logReads<E extends BaseRecord>(
  em: EntityManager,
  actor: Actor,
  policy: Pick<RecordPolicy<E>, 'entity' | 'auditReads'> | undefined,
  rows: readonly (E | null)[],
): Promise<void> {
  if (!policy?.auditReads) return;
  const read = rows.filter((row): row is E => row !== null);
  await writeAudit(
    em,
    actor,
    read.map((row) => ({ action: 'READ', entityType: policy.entity.name, entityId: row.id })),
  );
}

type Input = Record<string, unknown>;

export async function findRow<E extends BaseRecord>(
  em: EntityManager,
  entity: EntityClass<E>,
  id: number,
  { primary = false } = {},
) {
  const [row] = await selectRowsByKeys<E>(em, entity, { key: 'id', keys: [id], primary });
  return row ?? null;
}

export async function requireRow<E extends BaseRecord>(
  em: EntityManager,
  entity: EntityClass<E>,
  id: number,
  options: { primary?: boolean } = {},
) {
  const row = await findRow(em, entity, id, options);
  if (!row) throw notFound(entity.name, id);
  return row;
}

/**
 * Input as stored, so the record returned and logged is the one in the database: GraphQL ids become
 * integer keys, enum lists lose repeats, undefined fields are dropped. Null may only empty a field
 * that can be empty (an update's other fields are optional, not clearable).
 */
function toChanges<E>(meta: EntityMetadata<E>, input: Input): Partial<E> {
  const changes: Input = {};
  for (const [field, value] of Object.entries(input)) {
    if (value === undefined) continue;
    const prop = (meta.properties as Record<string, EntityProperty<E> | undefined>)[field];
    if (!prop) continue;
    if (value === null) {
      if (!prop.nullable) {
        throw invalidInput([
          { field, code: 'required', message: { ar: 'هذا الحقل مطلوب', en: 'This field is required' } },
        ]);
      }
      changes[field] = null;
    } else if (prop.kind === ReferenceKind.MANY_TO_ONE) {
      changes[field] = parseId(value as string, field);
    } else if (prop.customType instanceof EnumListType) {
      changes[field] = [...new Set(value as string[])];
    } else {
      changes[field] = value;
    }
  }
  return changes as Partial<E>;
}

/**
 * Every foreign key being set must name an existing record; a revealing one, a record the writer
 * already sees, so that a health manager cannot bring another center's client into view by naming
 * them on a roster.
 */
async function checkReferences<E extends BaseRecord>(
  em: EntityManager,
  policy: RecordPolicy<E>,
  changes: Partial<E>,
  actor: Actor,
) {
  const violations: Violation[] = [];
  for (const prop of em.getMetadata().get<E>(policy.entity.name).relations) {
    const id = changes[prop.name];
    if (prop.kind !== ReferenceKind.MANY_TO_ONE || id === null || id === undefined) continue;
    const target = prop.targetMeta!;
    const entity = target.class as EntityClass<BaseRecord>;
    if ((await countRows(em, entity, { where: { id } as never, primary: true })) === 0) {
      violations.push({
        field: prop.name,
        code: 'pattern',
        message: { ar: `لا يوجد سجل بالمعرّف ${id}`, en: `No ${target.className} with id ${id}` },
      });
      continue;
    }
    if (!policy.revealing?.includes(prop.name)) continue;
    const scope = scopeCondition(policyOf(target.className)?.scope, actor.user, false);
    if (
      scope &&
      (await countRows(em, entity, { where: { id } as never, raw: [scope], primary: true })) === 0
    ) {
      throw forbidden(target.className, id as number, 'outside the centers or clients you manage');
    }
  }
  if (violations.length) throw invalidInput(violations);
}

function checkRules(rules: RuleSet, merged: object) {
  const violations = validate(rules, merged as Input);
  if (violations.length) throw invalidInput(violations);
}

/** A health manager or coach may only write rows inside their scope, before and after the change. */
async function checkScope<E extends BaseRecord>(
  em: EntityManager,
  policy: RecordPolicy<E>,
  actor: Actor,
  id: number,
) {
  const condition = scopeCondition(policy.scope, actor.user, true);
  if (!condition) return;
  const inside = await countRows(em, policy.entity, { where: { id } as FilterQuery<E>, raw: [condition] });
  if (inside === 0) throw forbidden(policy.entity.name, id, 'outside the centers or clients you manage');
}

/**
 * Runs one write in a transaction, maps constraint errors to typed API errors, and logs a
 * refused attempt after the rollback (so the refusal is kept although the change is not).
 */
async function write<T>(
  em: EntityManager,
  actor: Actor,
  target: { type: string; id: number | null },
  work: (tx: EntityManager) => Promise<T>,
  { transaction = true } = {},
): Promise<T> {
  try {
    const inline = !transaction || (actor.bulk && em.isInTransaction());
    return await (inline ? work(em) : em.transactional(work));
  } catch (error) {
    const label = target.id ?? 'new';
    if (error instanceof UniqueConstraintViolationException) {
      throw conflict(
        target.type,
        label,
        'a record with the same values already exists (perhaps in the trash)',
      );
    }
    if (error instanceof ForeignKeyConstraintViolationException)
      throw conflict(target.type, label, 'other records still refer to it');
    if (error instanceof NotNullConstraintViolationException)
      throw conflict(target.type, label, 'a required value is missing');
    if (error instanceof GraphQLError && error.extensions.code === ErrorCode.FORBIDDEN) {
      // Within a caller's transaction (a bulk change, an import) a second connection would wait for it
      // on SQLite's single writer: the refusal goes with the caller's work, which logs it if rolled back.
      const log = em.isInTransaction() ? em : (em.fork() as EntityManager);
      await writeAudit(log, actor, [
        { action: 'DENIED', entityType: target.type, entityId: target.id, reason: error.message },
      ]);
    }
    throw error;
  }
}

const snapshot = (row: object) => JSON.parse(JSON.stringify(row)) as object;

export function createRecord<E extends BaseRecord>(
  em: EntityManager,
  policy: RecordPolicy<E>,
  input: Input,
  actor: Actor = systemActor,
): Promise<E> {
  const type = policy.entity.name;
  const meta = em.getMetadata().get<E>(type);
  return write(em, actor, { type, id: null }, async (tx) => {
    const changes = toChanges(meta, input);
    checkRules(policy.rules, changes);
    if (!actor.bulk) await checkReferences(tx, policy, changes, actor);
    const event = { em: tx, changes, merged: changes, existing: null, actor };
    await policy.beforeWrite?.(event);
    await policy.alsoWrite?.(event);
    const now = new Date();
    const stored = {
      ...changes,
      version: 1,
      createdAt: now,
      updatedAt: now,
      searchKey: policy.searchKey(changes),
    };
    const id = Number(await tx.insert(policy.entity, stored as never));
    if (actor.bulk) return { ...stored, id } as unknown as E;
    await checkScope(tx, policy, actor, id);
    const created = await requireRow(tx, policy.entity, id);
    await writeAudit(tx, actor, [
      { action: 'CREATE', entityType: type, entityId: id, after: snapshot(created) },
    ]);
    return created;
  });
}

/**
 * Stores an update and its audit entry unless the record's version moved since it was read; false
 * then. On PostgreSQL both are one statement (the audit row is inserted from the updated row), so
 * the pair is atomic without a transaction.
 */
async function storeUpdate<E extends BaseRecord>(
  tx: EntityManager,
  entity: EntityClass<E>,
  key: { id: number; version: number },
  values: object,
  actor: Actor,
  record: AuditRecord,
): Promise<boolean> {
  if (!isPostgres(tx) || !actor.audit) {
    const updated = await tx.nativeUpdate(entity, key as FilterQuery<E>, values as never);
    if (updated > 0) await writeAudit(tx, actor, [record]);
    return updated > 0;
  }
  const update = tx
    .createQueryBuilder(entity)
    .update(values as never)
    .where(key as FilterQuery<E>)
    .getKnexQuery()
    .toSQL();
  const audit = auditInsertFrom(tx, actor, record, 'changed');
  const written = await runStatement(
    tx,
    `with changed as (${update.sql} returning 1) ${audit.sql} returning 1`,
    [...update.bindings, ...audit.bindings],
    { primary: true },
  );
  return written.length > 0;
}

/**
 * Whether a change of an existing record needs a transaction. What is read before the write is
 * guarded by the version in its WHERE, so one statement suffices unless a row scope is checked
 * after it or other records are written; within a caller's transaction the change keeps its
 * savepoint, so a failed row leaves the rest usable.
 */
function changePlan<E extends BaseRecord>(em: EntityManager, policy: RecordPolicy<E>, actor: Actor) {
  const scoped = scopeCondition(policy.scope, actor.user, true) !== null;
  const transaction = scoped || Boolean(policy.alsoWrite) || !isPostgres(em) || em.isInTransaction();
  return { scoped, transaction };
}

/** What a change of an existing record stores: the values written and the record as it then is. */
interface Change<E> {
  action: AuditAction;
  values: object;
  after: E;
}

/**
 * Reads the record as it is (from the primary, inside the writer's row scope), lets `change` decide
 * what to write, and stores that with its audit row against the version read: a concurrent change
 * in between is a CONFLICT. The scope is checked again on the record as changed.
 */
function changeRecord<E extends BaseRecord>(
  em: EntityManager,
  policy: RecordPolicy<E>,
  id: number,
  actor: Actor,
  change: (tx: EntityManager, existing: E) => Promise<Change<E>>,
): Promise<E> {
  const type = policy.entity.name;
  const { scoped, transaction } = changePlan(em, policy, actor);
  return write(
    em,
    actor,
    { type, id },
    async (tx) => {
      const existing = await requireRow(tx, policy.entity, id, { primary: true });
      if (scoped) await checkScope(tx, policy, actor, id);
      const { action, values, after } = await change(tx, existing);
      const stored = await storeUpdate(tx, policy.entity, { id, version: existing.version }, values, actor, {
        action,
        entityType: type,
        entityId: id,
        before: snapshot(existing),
        after: snapshot(after),
      });
      if (!stored) throw conflict(type, id, `changed since version ${existing.version}`);
      if (scoped) await checkScope(tx, policy, actor, id);
      return after;
    },
    { transaction },
  );
}

export function updateRecord<E extends BaseRecord>(
  em: EntityManager,
  policy: RecordPolicy<E>,
  id: number,
  input: Input & { version?: number | null },
  actor: Actor = systemActor,
): Promise<E> {
  const meta = em.getMetadata().get<E>(policy.entity.name);
  const { version: expectedVersion, ...fields } = input;
  return changeRecord(em, policy, id, actor, async (tx, existing) => {
    if (expectedVersion != null && expectedVersion !== existing.version) {
      throw conflict(policy.entity.name, id, `changed since version ${expectedVersion}`);
    }
    const changes = toChanges(meta, fields);
    const merged = { ...existing, ...changes };
    checkRules(policy.rules, merged);
    await checkReferences(tx, policy, changes, actor);
    const event = { em: tx, changes, merged, existing, actor };
    await policy.beforeWrite?.(event);
    await policy.alsoWrite?.(event);
    const stamp = { version: existing.version + 1, updatedAt: new Date() };
    return {
      action: 'UPDATE',
      values: { ...changes, ...stamp, searchKey: policy.searchKey(merged) },
      // The row as stored: the one read at the start, with the changes written; no second read.
      after: { ...merged, ...stamp } as E,
    };
  });
}

/**
 * Moves a record to the trash (`deletedAt`), or back out of it. The row stays, so whatever refers
 * to it still resolves and nothing dangles; lists leave trashed records out. A restored record
 * passes its domain rules again, as if written anew: what was added while it lay in the trash (a
 * visit booked on its date) may now clash with it.
 */
export function trashRecord<E extends BaseRecord>(
  em: EntityManager,
  policy: RecordPolicy<E>,
  id: number,
  trashed: boolean,
  actor: Actor = systemActor,
): Promise<E> {
  return changeRecord(em, policy, id, actor, async (tx, existing) => {
    if (Boolean(existing.deletedAt) === trashed) {
      throw conflict(policy.entity.name, id, trashed ? 'is already in the trash' : 'is not in the trash');
    }
    if (!trashed) {
      const merged = { ...existing, deletedAt: null };
      await policy.beforeWrite?.({ em: tx, changes: { ...merged }, merged, existing, actor });
    }
    const now = new Date();
    const values = { deletedAt: trashed ? now : null, version: existing.version + 1, updatedAt: now };
    return { action: trashed ? 'DELETE' : 'RESTORE', values, after: { ...existing, ...values } };
  });
}
