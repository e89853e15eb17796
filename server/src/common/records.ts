import type { EntityClass, EntityMetadata, EntityProperty, FilterQuery } from '@mikro-orm/core';
import {
  ForeignKeyConstraintViolationException,
  NotNullConstraintViolationException,
  ReferenceKind,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { type RuleSet, type Violation, validate } from '@mujtama/shared/validation';
import type { BaseRecord } from './base.entity';
import { conflict, invalidInput, notFound } from './errors';
import { parseId } from './ids';
import { selectRows } from './rows';

/** What a domain rule sees before a record is written; it may add to `changes` or throw. */
export interface WriteEvent<E> {
  em: EntityManager;
  /** The fields being written (for an update, only those sent). */
  changes: Partial<E>;
  /** The record as it will be after the write. */
  merged: Partial<E>;
  /** The record before an update; null on create. */
  existing: E | null;
}

/** How one record type is written: its rules, its search key and any domain rule. */
export interface RecordPolicy<E extends BaseRecord> {
  entity: EntityClass<E>;
  rules: RuleSet;
  /** Texts the Arabic search key is built from. */
  searchKey: (record: Partial<E>) => string;
  beforeWrite?: (event: WriteEvent<E>) => Promise<void> | void;
}

type Input = Record<string, unknown>;

export async function findRow<E extends BaseRecord>(em: EntityManager, entity: EntityClass<E>, id: number) {
  const [row] = await selectRows<E>(em, entity, { where: { id } as FilterQuery<E> });
  return row ?? null;
}

export async function requireRow<E extends BaseRecord>(
  em: EntityManager,
  entity: EntityClass<E>,
  id: number,
) {
  const row = await findRow(em, entity, id);
  if (!row) throw notFound(entity.name, id);
  return row;
}

/** Input as stored: GraphQL ids become integer keys, undefined fields are dropped. */
function toChanges<E>(meta: EntityMetadata<E>, input: Input): Partial<E> {
  const changes: Input = {};
  for (const [field, value] of Object.entries(input)) {
    if (value === undefined) continue;
    const prop = (meta.properties as Record<string, EntityProperty<E> | undefined>)[field];
    if (!prop) continue;
    changes[field] =
      prop.kind === ReferenceKind.MANY_TO_ONE && value !== null ? parseId(value as string, field) : value;
  }
  return changes as Partial<E>;
}

/** Every foreign key being set must name an existing record. */
async function checkReferences<E>(em: EntityManager, meta: EntityMetadata<E>, changes: Partial<E>) {
  const violations: Violation[] = [];
  for (const prop of meta.relations) {
    const id = changes[prop.name];
    if (prop.kind !== ReferenceKind.MANY_TO_ONE || id === null || id === undefined) continue;
    const target = prop.targetMeta!;
    if ((await em.count(target.class, { id } as never)) === 0) {
      violations.push({
        field: prop.name,
        code: 'pattern',
        message: { ar: `لا يوجد سجل بالمعرّف ${id}`, en: `No ${target.className} with id ${id}` },
      });
    }
  }
  if (violations.length) throw invalidInput(violations);
}

/** Maps constraint errors the database raises to the API's typed errors. */
async function guarded<T>(type: string, id: number | string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException)
      throw conflict(type, id, 'a record with the same values already exists');
    if (error instanceof ForeignKeyConstraintViolationException)
      throw conflict(type, id, 'other records still refer to it');
    if (error instanceof NotNullConstraintViolationException)
      throw conflict(type, id, 'a required value is missing');
    throw error;
  }
}

function checkRules<E>(policy: RecordPolicy<BaseRecord>, merged: Partial<E>) {
  const violations = validate(policy.rules, merged as Input);
  if (violations.length) throw invalidInput(violations);
}

export function createRecord<E extends BaseRecord>(
  em: EntityManager,
  policy: RecordPolicy<E>,
  input: Input,
): Promise<E> {
  const meta = em.getMetadata().get<E>(policy.entity.name);
  return guarded(policy.entity.name, 'new', () =>
    em.transactional(async (tx) => {
      const changes = toChanges(meta, input);
      checkRules(policy as unknown as RecordPolicy<BaseRecord>, changes);
      await checkReferences(tx, meta, changes);
      await policy.beforeWrite?.({ em: tx, changes, merged: changes, existing: null });
      const now = new Date();
      const id = await tx.insert(policy.entity, {
        ...changes,
        version: 1,
        createdAt: now,
        updatedAt: now,
        searchKey: policy.searchKey(changes),
      } as never);
      return requireRow(tx, policy.entity, Number(id));
    }),
  );
}

export function updateRecord<E extends BaseRecord>(
  em: EntityManager,
  policy: RecordPolicy<E>,
  id: number,
  input: Input & { version?: number | null },
): Promise<E> {
  const meta = em.getMetadata().get<E>(policy.entity.name);
  const { version: expectedVersion, ...fields } = input;
  return guarded(policy.entity.name, id, () =>
    em.transactional(async (tx) => {
      const existing = await requireRow(tx, policy.entity, id);
      const stale = () =>
        conflict(policy.entity.name, id, `changed since version ${expectedVersion ?? existing.version}`);
      if (expectedVersion != null && expectedVersion !== existing.version) throw stale();
      const changes = toChanges(meta, fields);
      const merged = { ...existing, ...changes };
      checkRules(policy as unknown as RecordPolicy<BaseRecord>, merged);
      await checkReferences(tx, meta, changes);
      await policy.beforeWrite?.({ em: tx, changes, merged, existing });
      const updated = await tx.nativeUpdate(
        policy.entity,
        { id, version: existing.version } as FilterQuery<E>,
        {
          ...changes,
          version: existing.version + 1,
          updatedAt: new Date(),
          searchKey: policy.searchKey({ ...existing, ...changes }),
        } as never,
      );
      if (updated === 0) throw stale();
      return requireRow(tx, policy.entity, id);
    }),
  );
}

/** Deletes a record no other record refers to; otherwise says which records still do. */
export function deleteRecord<E extends BaseRecord>(
  em: EntityManager,
  entity: EntityClass<E>,
  id: number,
): Promise<E> {
  return guarded(entity.name, id, () =>
    em.transactional(async (tx) => {
      const existing = await requireRow(tx, entity, id);
      const referrers: string[] = [];
      for (const meta of Object.values(tx.getMetadata().getAll())) {
        for (const prop of meta.relations) {
          if (prop.kind !== ReferenceKind.MANY_TO_ONE || prop.targetMeta?.class !== entity) continue;
          const count = await tx.count(meta.class, { [prop.name]: id } as never);
          if (count > 0) referrers.push(`${count} ${meta.className}`);
        }
      }
      if (referrers.length) throw conflict(entity.name, id, `still referred to by ${referrers.join(', ')}`);
      await tx.nativeDelete(entity, { id } as FilterQuery<E>);
      return existing;
    }),
  );
}
