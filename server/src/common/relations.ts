import type { EntityClass } from '@mikro-orm/core';
import type { BaseRecord } from './base.entity';
import { MAX_PAGE_SIZE } from './connection';
import { invalidField } from './errors';
import type { Loaders } from './loaders';

/** The record another one points to: `parent[via]` is its id (trashed or not). */
export interface BelongsTo {
  kind: 'one';
  target: EntityClass<BaseRecord>;
  via: string;
  description: string;
  nullable: boolean;
}

/** The records in use whose `foreignKey` is the parent's id, in id order. */
export interface HasMany {
  kind: 'many';
  target: EntityClass<BaseRecord>;
  foreignKey: string;
  description: string;
  /** Offers `last: Int`: only the newest records by this property, newest first. */
  latest?: { by: string; description: string };
}

export type Relation = BelongsTo | HasMany;

export const belongsTo = (
  target: EntityClass<BaseRecord>,
  via: string,
  description: string,
  { nullable = false }: { nullable?: boolean } = {},
): BelongsTo => ({ kind: 'one', target, via, description, nullable });

export const hasMany = (
  target: EntityClass<BaseRecord>,
  foreignKey: string,
  description: string,
  options: Pick<HasMany, 'latest'> = {},
): HasMany => ({ kind: 'many', target, foreignKey, description, ...options });

/** Resolves a relation of `parent` through the request's loaders, reading `fields` of its records. */
export function followRelation(
  loaders: Loaders,
  relation: Relation,
  parent: Record<string, unknown>,
  fields: readonly string[],
  last?: number | null,
): Promise<unknown> {
  const { target } = relation;
  if (relation.kind === 'one') return loaders.one(target, parent[relation.via] as number | null, fields);
  const id = parent.id as number;
  if (!relation.latest || last == null) return loaders.many(target, relation.foreignKey as never, id, fields);
  if (last < 0) throw invalidField('last', 'Must not be negative', 'يجب ألا يكون سالبًا');
  const newest = { newest: relation.latest.by as never, limit: Math.min(last, MAX_PAGE_SIZE) };
  return loaders.latest(target, relation.foreignKey as never, id, newest, fields);
}

const registry = new Map<string, Record<string, Relation>>();

/** Declares the relation fields of a record type, for its field resolvers and for reading ahead. */
export function registerRelations(entityName: string, relations: Record<string, Relation>) {
  registry.set(entityName, relations);
}

/** The relation behind field `field` of `entityName`'s GraphQL type, if it is a declared one. */
export const relationOf = (entityName: string, field: string): Relation | undefined =>
  registry.get(entityName)?.[field];
