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
import type { RelationRead } from './read-ahead';
import { logReads } from './records';
import {
  type ColumnSet,
  columnsFor,
  fieldOf,
  isPostgres,
  type KeyedQuery,
  keyedRows,
  latestRowsPerKey,
  mapRows,
  type Newest,
  type RawCondition,
  runStatement,
  type Statement,
  selectRowsByKeys,
} from './rows';
import { scopeCondition } from './scope';

type Key = number;

/**
 * The records a read ahead starts from: one by id (with the fields selected of it), or a page of a
 * list (its statement reading what is selected, with its total count).
 */
export type AheadRoot<E extends BaseRecord> =
  | { entity: EntityClass<E>; id: Key; fields: readonly string[] }
  | { entity: EntityClass<E>; page: Statement; pageSize: number; count?: Statement };

/** One common table expression of a read ahead: the rows of the root or of one relation. */
interface AheadPart {
  name: string;
  entity: EntityClass<BaseRecord>;
  order: string;
  /** Of a list: only its first `pageSize` rows are the page (one more tells whether more follow). */
  pageSize?: number;
  columns?: ColumnSet;
  parent?: AheadPart;
  read?: RelationRead;
}

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
    const scope = this.readableScope(entity);
    if (!scope) {
      throw new GraphQLError(`Your role (${this.user?.role}) may not read ${entity.name}.`, {
        extensions: { code: ErrorCode.FORBIDDEN },
      });
    }
    return scope;
  }

  /** The row scope of the user's reads of `entity`, or null when their role may not read it. */
  private readableScope(entity: EntityClass<BaseRecord>): RawCondition[] | null {
    if (this.user && !accessOf(entity.name).read.includes(this.user.role)) return null;
    const condition = scopeCondition(policyOf(entity.name)?.scope, this.user, false);
    return condition ? [condition] : [];
  }

  /** Whether reading `entity` leaves access entries (personal health records). */
  private auditsReads(entity: EntityClass<BaseRecord>): boolean {
    return Boolean(policyOf(entity.name)?.auditReads && this.actor.audit);
  }

  /**
   * Runs a keyed read of `entity` within the user's row scope. A personal health type's reads
   * leave their access entries: on PostgreSQL written by the reading statement itself, elsewhere
   * by a statement after it.
   */
  private async read<E extends BaseRecord>(
    entity: EntityClass<E>,
    query: Pick<KeyedQuery<E>, 'key' | 'keys' | 'inUse' | 'columns'>,
    run: (query: KeyedQuery<E>) => Promise<E[]>,
  ): Promise<E[]> {
    const scoped = { ...query, raw: this.scope(entity) };
    if (!this.auditsReads(entity)) return run(scoped);
    if (isPostgres(this.em)) {
      return run({ ...scoped, logged: (source) => auditReadsFrom(this.em, this.actor, entity.name, source) });
    }
    const rows = await run(scoped);
    await logReads(this.em, this.actor, policyOf(entity.name), rows);
    return rows;
  }

  /**
   * What to read of `entity`'s records for `fields` (see `columnsFor`). Loaders are kept per column
   * set, so that a record read for fewer fields never answers a field that selects more.
   */
  columns(entity: EntityClass<BaseRecord>, fields: readonly string[] | undefined): ColumnSet | undefined {
    return columnsFor(this.em.getMetadata().get(entity.name), fields);
  }

  /** The record of `entity` with this id (trashed or not), or null; `fields` what is read of it. */
  one<E extends BaseRecord>(
    entity: EntityClass<E>,
    id: Key | null | undefined,
    fields?: readonly string[],
  ): Promise<E | null> {
    if (id === null || id === undefined) return Promise.resolve(null);
    return this.oneLoader(entity, this.columns(entity, fields)).load(id);
  }

  /** Every record of `entity` in use whose `foreignKey` is `id`, in id order. */
  many<E extends BaseRecord>(
    entity: EntityClass<E>,
    foreignKey: keyof E & string,
    id: Key,
    fields?: readonly string[],
  ): Promise<E[]> {
    return this.manyLoader(entity, foreignKey, this.columns(entity, fields)).load(id);
  }

  /** The newest `limit` records of `entity` in use whose `foreignKey` is `id`, newest first. */
  latest<E extends BaseRecord>(
    entity: EntityClass<E>,
    foreignKey: keyof E & string,
    id: Key,
    newest: Newest<E>,
    fields?: readonly string[],
  ): Promise<E[]> {
    return this.latestLoader(entity, foreignKey, newest, this.columns(entity, fields)).load(id);
  }

  private oneLoader<E extends BaseRecord>(entity: EntityClass<E>, columns: ColumnSet | undefined) {
    return this.loader<E | null>(`${entity.name}#id#${columns?.key ?? '*'}`, async (ids) => {
      const rows = await this.read(entity, { key: 'id', keys: ids, columns }, (query) =>
        selectRowsByKeys(this.em, entity, query),
      );
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((key) => byId.get(key) ?? null);
    });
  }

  private manyLoader<E extends BaseRecord>(
    entity: EntityClass<E>,
    foreignKey: keyof E & string,
    columns: ColumnSet | undefined,
  ) {
    return this.loader<E[]>(`${entity.name}#${foreignKey}#${columns?.key ?? '*'}`, async (ids) => {
      const rows = await this.read(entity, { key: foreignKey, keys: ids, inUse: true, columns }, (query) =>
        selectRowsByKeys(this.em, entity, query),
      );
      return groupBy(ids, foreignKey, rows);
    });
  }

  private latestLoader<E extends BaseRecord>(
    entity: EntityClass<E>,
    foreignKey: keyof E & string,
    newest: Newest<E>,
    columns: ColumnSet | undefined,
  ) {
    const name = `${entity.name}#${foreignKey}#${newest.newest}#${newest.limit}#${columns?.key ?? '*'}`;
    return this.loader<E[]>(name, async (ids) => {
      const rows = await this.read(entity, { key: foreignKey, keys: ids, inUse: true, columns }, (query) =>
        latestRowsPerKey(this.em, entity, query, newest),
      );
      return groupBy(ids, foreignKey, rows);
    });
  }

  /**
   * PostgreSQL: reads the root records and the relations `reads` selects of them in one statement
   * (one common table expression per relation, each returned as JSON), and primes the loaders
   * with what it read, so that the field resolvers find it there: one round trip instead of one
   * per level of the selection. Relations the user's role may not read are left to their field
   * resolvers, which refuse them.
   */
  async readAhead<E extends BaseRecord>(
    root: AheadRoot<E>,
    reads: RelationRead[],
  ): Promise<{ rows: E[]; count: number | null }> {
    const parts: AheadPart[] = [];
    const ctes: string[] = [];
    const params: unknown[] = [];
    let logs = false;
    const add = (part: AheadPart, statement: Statement) => {
      parts.push(part);
      ctes.push(`${part.name} as (${statement.sql})`);
      params.push(...statement.params);
      if (!this.auditsReads(part.entity) || part.pageSize !== undefined) return;
      const log = auditReadsFrom(this.em, this.actor, part.entity.name, part.name);
      ctes.push(`${part.name}_logged as (${log.sql})`);
      params.push(...log.bindings);
      logs = true;
    };
    const metaOf = (entity: EntityClass<BaseRecord>) => this.em.getMetadata().get<BaseRecord>(entity.name);
    if ('id' in root) {
      const columns = this.columns(root.entity, root.fields);
      const statement = keyedRows(
        this.em,
        metaOf(root.entity),
        { key: 'id', raw: this.scope(root.entity), columns },
        { values: [root.id] },
      );
      add({ name: 'r0', entity: root.entity, order: statement.order, columns }, statement);
    } else {
      add(
        { name: 'r0', entity: root.entity, order: 'page_position', pageSize: root.pageSize },
        {
          sql: `select page.*, row_number() over () as page_position from (${root.page.sql}) page`,
          params: root.page.params,
        },
      );
    }
    const follow = (parent: AheadPart, read: RelationRead) => {
      const { relation } = read;
      const raw = this.readableScope(relation.target);
      if (!raw) return;
      const columns = this.columns(relation.target, read.fields);
      const parents = {
        sql: parent.pageSize !== undefined ? `${parent.name} where page_position <= ?` : parent.name,
        params: parent.pageSize !== undefined ? [parent.pageSize] : [],
      };
      const statement =
        relation.kind === 'one'
          ? keyedRows(
              this.em,
              metaOf(relation.target),
              { key: 'id', raw, columns },
              {
                sql: `select "${fieldOf(metaOf(parent.entity), relation.via)}" from ${parents.sql}`,
                params: parents.params,
              },
            )
          : keyedRows(
              this.em,
              metaOf(relation.target),
              { key: relation.foreignKey as never, inUse: true, raw, columns },
              { sql: `select "id" from ${parents.sql}`, params: parents.params },
              newestOf(read),
            );
      const part: AheadPart = {
        name: `r${parts.length}`,
        entity: relation.target,
        order: statement.order,
        columns,
        parent,
        read,
      };
      add(part, statement);
      for (const child of read.reads) follow(part, child);
    };
    for (const read of reads) follow(parts[0], read);
    const results = parts.map(
      ({ name, order }) =>
        `(select coalesce(json_agg(x order by x.${order}), '[]'::json) from ${name} x) as ${name}`,
    );
    if ('count' in root && root.count) {
      results.push(`(${root.count.sql}) as total`);
      params.push(...root.count.params);
    }
    const [found] = await runStatement(
      this.em,
      `with ${ctes.join(', ')} select ${results.join(', ')}`,
      params,
      {
        primary: logs,
      },
    );
    const rowsOf = new Map<AheadPart, BaseRecord[]>();
    for (const part of parts) {
      const rows = mapRows(this.em, metaOf(part.entity), found[part.name] as Record<string, unknown>[]);
      rowsOf.set(part, rows);
      if (!part.parent || !part.read) continue;
      const parentRows = rowsOf.get(part.parent)!;
      this.prime(
        part.read,
        part.columns,
        part.parent.pageSize !== undefined ? parentRows.slice(0, part.parent.pageSize) : parentRows,
        rows,
      );
    }
    const rows = rowsOf.get(parts[0]) as E[];
    if ('id' in root) this.oneLoader(root.entity, parts[0].columns).prime(root.id, rows[0] ?? null);
    return { rows, count: found.total === undefined ? null : Number(found.total) };
  }

  /** Caches what a relation read ahead found, under the keys its field resolver will ask for. */
  private prime(
    read: RelationRead,
    columns: ColumnSet | undefined,
    parents: BaseRecord[],
    rows: BaseRecord[],
  ) {
    const { relation } = read;
    if (relation.kind === 'one') {
      const loader = this.oneLoader(relation.target, columns);
      const byId = new Map(rows.map((row) => [row.id, row]));
      for (const parent of parents as unknown as Record<string, Key | null>[]) {
        const id = parent[relation.via];
        if (id !== null && id !== undefined) loader.prime(id, byId.get(id) ?? null);
      }
      return;
    }
    const foreignKey = relation.foreignKey as never;
    const newest = newestOf(read);
    const loader = newest
      ? this.latestLoader(relation.target, foreignKey, newest, columns)
      : this.manyLoader(relation.target, foreignKey, columns);
    const ids = parents.map((parent) => parent.id);
    const groups = groupBy(ids, foreignKey, rows);
    for (const [index, id] of ids.entries()) loader.prime(id, groups[index]);
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

/** The newest-first limit of a `last`-limited relation read, if it is one. */
function newestOf(read: RelationRead): Newest<BaseRecord> | undefined {
  const { relation, last } = read;
  if (relation.kind !== 'many' || !relation.latest || last === null) return undefined;
  return { newest: relation.latest.by as never, limit: last };
}

function groupBy<E extends BaseRecord>(ids: readonly Key[], foreignKey: keyof E & string, rows: E[]): E[][] {
  const groups = new Map<Key, E[]>(ids.map((key) => [key, []]));
  for (const row of rows) groups.get(row[foreignKey] as Key)?.push(row);
  return ids.map((key) => groups.get(key) ?? []);
}
