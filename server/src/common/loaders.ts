import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { accessOf } from '@mujtama/shared/access';
import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import { auditReadsFrom } from '../audit/audit';
import type { Actor } from '../auth/actor';
import type { BaseRecord } from './base.entity';
import { ErrorCode } from './errors';
import { policyOf } from './policies';
import { logReads } from './records';
import { isPostgres, type KeyedQuery, latestRowsPerKey, type RawCondition, selectRowsByKeys } from './rows';
import { scopeCondition } from './scope';

type Key = number;

/**
 * Per-request batching of relation reads: every `center` of a page of offerings, or every
 * roster of a page of offerings, is one SQL statement whatever the page size. Reads are narrowed
 * to the rows the user may see, like the lists.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<Key, unknown>>();

  constructor(
    private readonly em: EntityManager,
    private readonly actor: Actor,
  ) {}

  private get user() {
    return this.actor.user;
  }

  /** Nested reads obey the same role rules as the top-level queries, then the same row scope. */
  private scope(entity: EntityClass<BaseRecord>): RawCondition[] {
    if (this.user && !accessOf(entity.name).read.includes(this.user.role)) {
      throw new GraphQLError(`Your role (${this.user.role}) may not read ${entity.name}.`, {
        extensions: { code: ErrorCode.FORBIDDEN },
      });
    }
    const condition = scopeCondition(policyOf(entity.name)?.scope, this.user, false);
    return condition ? [condition] : [];
  }

  /**
   * Runs a keyed read of `entity` within the user's row scope. A personal health type's reads
   * leave their access entries: on PostgreSQL written by the reading statement itself, elsewhere
   * by a statement after it.
   */
  private async read<E extends BaseRecord>(
    entity: EntityClass<E>,
    query: Pick<KeyedQuery<E>, 'key' | 'keys' | 'inUse'>,
    run: (query: KeyedQuery<E>) => Promise<E[]>,
  ): Promise<E[]> {
    const scoped = { ...query, raw: this.scope(entity) };
    const policy = policyOf(entity.name);
    if (!policy?.auditReads || !this.actor.audit) return run(scoped);
    if (isPostgres(this.em)) {
      return run({ ...scoped, logged: (source) => auditReadsFrom(this.em, this.actor, entity.name, source) });
    }
    const rows = await run(scoped);
    await logReads(this.em, this.actor, policy, rows);
    return rows;
  }

  /** The record of `entity` with this id (trashed or not), or null. */
  one<E extends BaseRecord>(entity: EntityClass<E>, id: Key | null | undefined): Promise<E | null> {
    if (id === null || id === undefined) return Promise.resolve(null);
    return this.loader<E | null>(`${entity.name}#id`, async (ids) => {
      const rows = await this.read(entity, { key: 'id', keys: ids }, (query) =>
        selectRowsByKeys(this.em, entity, query),
      );
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((key) => byId.get(key) ?? null);
    }).load(id);
  }

  /** Every record of `entity` in use whose `foreignKey` is `id`, in id order. */
  many<E extends BaseRecord>(entity: EntityClass<E>, foreignKey: keyof E & string, id: Key): Promise<E[]> {
    return this.loader<E[]>(`${entity.name}#${foreignKey}`, async (ids) => {
      const rows = await this.read(entity, { key: foreignKey, keys: ids, inUse: true }, (query) =>
        selectRowsByKeys(this.em, entity, query),
      );
      return this.groupBy(ids, foreignKey, rows);
    }).load(id);
  }

  /** The newest `limit` records of `entity` in use whose `foreignKey` is `id`, newest first. */
  latest<E extends BaseRecord>(
    entity: EntityClass<E>,
    foreignKey: keyof E & string,
    id: Key,
    { newest, limit }: { newest: keyof E & string; limit: number },
  ): Promise<E[]> {
    return this.loader<E[]>(`${entity.name}#${foreignKey}#${newest}#${limit}`, async (ids) => {
      const rows = await this.read(entity, { key: foreignKey, keys: ids, inUse: true }, (query) =>
        latestRowsPerKey(this.em, entity, query, { newest, limit }),
      );
      return this.groupBy(ids, foreignKey, rows);
    }).load(id);
  }

  private groupBy<E extends BaseRecord>(ids: readonly Key[], foreignKey: keyof E & string, rows: E[]): E[][] {
    const groups = new Map<Key, E[]>(ids.map((key) => [key, []]));
    for (const row of rows) groups.get(row[foreignKey] as Key)?.push(row);
    return ids.map((key) => groups.get(key) ?? []);
  }

  /** A batched loader of any other per-key value (counts, aggregates), cached for the request. */
  loader<V>(name: string, batch: (keys: readonly Key[]) => Promise<V[]>): DataLoader<Key, V> {
    let loader = this.loaders.get(name) as DataLoader<Key, V> | undefined;
    if (!loader) {
      loader = new DataLoader<Key, V>(batch);
      this.loaders.set(name, loader as DataLoader<Key, unknown>);
    }
    return loader;
  }
}
