import { createHash } from 'node:crypto';
import type { EntityMetadata, EntityName, EntityProperty, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { DateType, ReferenceKind } from '@mikro-orm/core';
import type { EntityManager, Knex, QueryBuilder } from '@mikro-orm/knex';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import type { BaseRecord } from './base.entity';

export const isPostgres = (em: EntityManager) => em.getPlatform() instanceof PostgreSqlPlatform;

const statementNames = new Map<string, string>();
/** Distinct statement texts prepared by name; beyond, statements run unnamed (bounds each connection's cache). */
const MAX_NAMED_STATEMENTS = 2_000;

function statementName(sql: string): string | undefined {
  let name = statementNames.get(sql);
  if (!name && statementNames.size < MAX_NAMED_STATEMENTS) {
    name = `m${createHash('sha1').update(sql).digest('hex')}`;
    statementNames.set(sql, name);
  }
  return name;
}

/**
 * Runs one statement (`?` placeholders) on the primary when `primary` or within a transaction, else
 * on a read connection. On PostgreSQL its parameters travel apart from its text, as a named prepared
 * statement that each connection parses and plans once: MikroORM's `execute` inlines them into the
 * text, which PostgreSQL would parse and plan on every call. Errors are mapped as MikroORM maps them.
 */
export async function runStatement(
  em: EntityManager,
  sql: string,
  params: readonly unknown[],
  { primary = false } = {},
): Promise<Record<string, unknown>[]> {
  const connection = em.getDriver().getConnection(primary || em.isInTransaction() ? 'write' : 'read');
  const transaction = em.getTransactionContext<Knex.Transaction>();
  if (!isPostgres(em)) return connection.execute(sql, [...params], 'all', transaction);
  const query = (transaction ?? connection.getKnex()).raw(sql, params as Knex.RawBinding[]);
  const name = statementName(sql);
  try {
    const result = (await (name ? query.options({ name }) : query)) as { rows: Record<string, unknown>[] };
    return result.rows;
  } catch (error) {
    throw em.getDriver().convertException(error as Error);
  }
}

export const isRawCondition = (value: unknown): value is RawCondition =>
  Array.isArray(value) && value.length === 2 && typeof value[0] === 'string';

/** Extra SQL conditions a reader adds beside the MikroORM filter, as `[sql, params]`. */
export type RawCondition = [sql: string, params: unknown[]];

export interface RowQuery<E> {
  where?: FilterQuery<E>;
  raw?: RawCondition[];
  orderBy?: QueryOrderMap<E>[];
  limit?: number;
  offset?: number;
  /** Read from the primary even outside a transaction (a read that a write then relies on). */
  primary?: boolean;
  /** What to read of each row (every readable property when absent). */
  columns?: ColumnSet;
}

const columnCache = new WeakMap<EntityMetadata, string[]>();

/** Every stored property but the search key: what a row read for the API carries. */
function readableProperties(meta: EntityMetadata): string[] {
  let columns = columnCache.get(meta);
  if (!columns) {
    columns = meta.props
      .filter((prop) => prop.persist !== false && !prop.hidden && prop.name !== 'searchKey')
      .filter((prop) => prop.kind === ReferenceKind.SCALAR || prop.kind === ReferenceKind.MANY_TO_ONE)
      .map((prop) => prop.name);
    columnCache.set(meta, columns);
  }
  return columns;
}

/** Properties a read carries, in a fixed order, and the text naming that set in caches. */
export interface ColumnSet {
  props: readonly string[];
  key: string;
}

const columnSetCache = new WeakMap<EntityMetadata, Map<string, ColumnSet | undefined>>();
/** Distinct selections remembered per type; beyond, they are worked out on each call. */
const MAX_COLUMN_SETS = 200;

/**
 * What to read of `meta`'s rows to answer `fields`: those fields, the id, the foreign keys (relations
 * resolve through them) and `deletedAt`. Undefined, meaning every readable property, when no fields
 * are given, or one is worked out from other properties (a resolver of its own) and may need any.
 */
export function columnsFor(
  meta: EntityMetadata,
  fields: readonly string[] | undefined,
): ColumnSet | undefined {
  if (!fields) return undefined;
  let sets = columnSetCache.get(meta);
  if (!sets) {
    sets = new Map();
    columnSetCache.set(meta, sets);
  }
  const name = fields.join(',');
  if (sets.has(name)) return sets.get(name);
  const readable = readableProperties(meta);
  const wanted = new Set(fields);
  let columns: ColumnSet | undefined;
  if (fields.every((field) => readable.includes(field))) {
    const props = readable.filter(
      (prop) =>
        wanted.has(prop) ||
        prop === 'id' ||
        prop === 'deletedAt' ||
        meta.properties[prop as never]?.kind === ReferenceKind.MANY_TO_ONE,
    );
    columns = props.length < readable.length ? { props, key: props.join(',') } : undefined;
  }
  if (sets.size < MAX_COLUMN_SETS) sets.set(name, columns);
  return columns;
}

const convertedCache = new WeakMap<EntityMetadata, EntityProperty[]>();

/** Properties the row mapper leaves as stored (custom types such as EnumListType, JSON on SQLite). */
function convertedProperties(meta: EntityMetadata): EntityProperty[] {
  let props = convertedCache.get(meta);
  if (!props) {
    const readable = new Set(readableProperties(meta));
    props = meta.props.filter(
      (prop) => readable.has(prop.name) && prop.customType && !(prop.customType instanceof DateType),
    );
    convertedCache.set(meta, props);
  }
  return props;
}

function rowQueryBuilder<E extends BaseRecord>(em: EntityManager, entity: EntityName<E>, query: RowQuery<E>) {
  const qb = em.createQueryBuilder(entity, 'e', query.primary ? 'write' : undefined).where(query.where ?? {});
  for (const [sql, params] of query.raw ?? []) qb.andWhere(sql, params);
  return qb;
}

/**
 * Plain rows of the selected records, with property names and JS types but no entity hydration:
 * the read path of the API (hydrating entities costs several times the SQL itself).
 */
export async function selectRows<E extends BaseRecord>(
  em: EntityManager,
  entity: EntityName<E>,
  query: RowQuery<E>,
): Promise<E[]> {
  const meta = em.getMetadata().get<E>(entity as string);
  const written = isPostgres(em) ? plainPageStatements(meta, query) : null;
  if (written) {
    const { sql, params } = written.page;
    return mapRows(em, meta, await runStatement(em, sql, params, { primary: query.primary }));
  }
  return convertRows(em, meta, (await pageQueryBuilder(em, entity, query).execute('all', true)) as never);
}

function pageQueryBuilder<E extends BaseRecord>(
  em: EntityManager,
  entity: EntityName<E>,
  query: RowQuery<E>,
) {
  const meta = em.getMetadata().get<E>(entity as string);
  const qb: QueryBuilder<E> = rowQueryBuilder(em, entity, query).select(
    (query.columns?.props ?? readableProperties(meta)) as never,
  );
  if (query.orderBy?.length) qb.orderBy(query.orderBy);
  if (query.limit !== undefined) qb.limit(query.limit);
  if (query.offset) qb.offset(query.offset);
  return qb;
}

/** The statements `selectRows` and `countRows` run, to be part of a larger one. */
export function pageStatements<E extends BaseRecord>(
  em: EntityManager,
  entity: EntityName<E>,
  query: RowQuery<E>,
): { page: Statement; count: Statement } {
  const written = plainPageStatements(em.getMetadata().get<E>(entity as string), query);
  if (written) return written;
  const statement = (qb: { getKnexQuery(): { toSQL(): { sql: string; bindings: readonly unknown[] } } }) => {
    const { sql, bindings } = qb.getKnexQuery().toSQL();
    return { sql, params: [...bindings] };
  };
  return {
    page: statement(pageQueryBuilder(em, entity, query)),
    count: statement(rowQueryBuilder(em, entity, query).count()),
  };
}

const isPlainValue = (value: unknown) =>
  typeof value === 'string' ||
  typeof value === 'number' ||
  typeof value === 'boolean' ||
  value instanceof Date;

const comparisons: Record<string, string> = { $gte: '>=', $lte: '<=', $gt: '>', $lt: '<', $like: 'like' };

/**
 * The page and count statements of a read whose condition is a conjunction of plain comparisons on
 * the type's own columns (what the list filters and the write path's checks produce), written as the
 * QueryBuilder writes them: building a QueryBuilder per call cost more than the statement. Null for
 * any other condition, or a value a custom type would convert, which the QueryBuilder then writes.
 */
function plainPageStatements<E extends BaseRecord>(
  meta: EntityMetadata<E>,
  query: RowQuery<E>,
): { page: Statement; count: Statement } | null {
  const props = meta.properties as Record<string, EntityProperty<E> | undefined>;
  const conditions: string[] = [];
  const params: unknown[] = [];
  for (const [name, value] of Object.entries(query.where ?? {})) {
    const prop = props[name];
    if (!prop || (prop.kind !== ReferenceKind.SCALAR && prop.kind !== ReferenceKind.MANY_TO_ONE)) return null;
    const column = columnOf(meta, name);
    const converts = Boolean(prop.customType) && !(prop.customType instanceof DateType);
    if (value === null) {
      conditions.push(`${column} is null`);
    } else if (isPlainValue(value) && !converts) {
      conditions.push(`${column} = ?`);
      params.push(value);
    } else if (typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)) {
      for (const [operator, operand] of Object.entries(value as Record<string, unknown>)) {
        if (operator === '$ne' && operand === null) {
          conditions.push(`${column} is not null`);
        } else if (operator === '$in' && Array.isArray(operand) && operand.length && !converts) {
          if (!operand.every(isPlainValue)) return null;
          conditions.push(`${column} in (${operand.map(() => '?').join(', ')})`);
          params.push(...operand);
        } else if (comparisons[operator] && isPlainValue(operand) && (!converts || operator === '$like')) {
          conditions.push(`${column} ${comparisons[operator]} ?`);
          params.push(operand);
        } else {
          return null;
        }
      }
    } else {
      return null;
    }
  }
  const order: string[] = [];
  for (const key of query.orderBy ?? []) {
    const entries = Object.entries(key);
    if (entries.length !== 1) return null;
    const [name, direction] = entries[0];
    const prop = props[name];
    if (!prop || prop.kind !== ReferenceKind.SCALAR || (direction !== 'asc' && direction !== 'desc'))
      return null;
    order.push(`${columnOf(meta, name)} ${direction}`);
  }
  for (const [sql, values] of query.raw ?? []) {
    conditions.push(`(${sql})`);
    params.push(...values);
  }
  const where = conditions.length ? ` where ${conditions.join(' and ')}` : '';
  const paging: Statement = { sql: order.length ? ` order by ${order.join(', ')}` : '', params: [] };
  if (query.limit !== undefined) {
    paging.sql += ' limit ?';
    paging.params.push(query.limit);
  }
  if (query.offset) {
    paging.sql += ' offset ?';
    paging.params.push(query.offset);
  }
  return {
    page: {
      sql: `${keyedSelect(meta, query.columns)}${where}${paging.sql}`,
      params: [...params, ...paging.params],
    },
    count: { sql: `select count(*) as "count" from ${quote(meta.tableName)} as e${where}`, params },
  };
}

/** Values MikroORM's result mapping leaves as stored (JSON on SQLite, enum lists) in their JS form. */
export function convertRows<E>(
  em: EntityManager,
  meta: EntityMetadata<E>,
  rows: Record<string, unknown>[],
): E[] {
  const converted = convertedProperties(meta);
  if (converted.length) {
    const platform = em.getPlatform();
    for (const row of rows) {
      for (const prop of converted) {
        // Null stays null, as in MikroORM's own hydration (DoubleType would turn it into 0).
        if (row[prop.name] == null) continue;
        row[prop.name] = prop.customType!.convertToJSValue(row[prop.name], platform);
      }
    }
  }
  return rows as E[];
}

const keyedSelectCache = new WeakMap<EntityMetadata, Map<string, string>>();

/** `select <columns> from <table> as e`, built once per type and column set. */
function keyedSelect(meta: EntityMetadata, columns?: ColumnSet): string {
  let selects = keyedSelectCache.get(meta);
  if (!selects) {
    selects = new Map();
    keyedSelectCache.set(meta, selects);
  }
  const key = columns?.key ?? '*';
  let sql = selects.get(key);
  if (!sql) {
    const props = meta.properties as Record<string, EntityProperty>;
    const names = columns?.props ?? readableProperties(meta);
    const list = names.map((name) => `e.${quote(props[name].fieldNames[0])}`);
    sql = `select ${list.join(', ')} from ${quote(meta.tableName)} as e`;
    selects.set(key, sql);
  }
  return sql;
}

const quote = (identifier: string) => `"${identifier}"`;

export interface KeyedQuery<E> {
  /** The property matched against `keys`: the id, or a foreign key. */
  key: keyof E & string;
  keys: readonly number[];
  /** Leave trashed rows out. */
  inUse?: boolean;
  raw?: RawCondition[];
  /** Read from the primary even outside a transaction (a read that a write then relies on). */
  primary?: boolean;
  /** What to read of each row (every readable property when absent). */
  columns?: ColumnSet;
  /**
   * A statement on the rows read (`source` names them), run within the same statement as a
   * data-modifying CTE (PostgreSQL only), such as the access entries of personal health records.
   */
  logged?: (source: string) => { sql: string; bindings: unknown[] };
}

/** The stored column of a property. */
export const fieldOf = <E>(meta: EntityMetadata<E>, name: string) =>
  (meta.properties as Record<string, EntityProperty<E>>)[name].fieldNames[0];

const columnOf = <E>(meta: EntityMetadata<E>, name: string) => `e.${quote(fieldOf(meta, name))}`;

/** Only the newest `limit` rows per key, by `newest` then id. */
export interface Newest<E> {
  newest: keyof E & string;
  limit: number;
}

export interface Statement {
  sql: string;
  params: unknown[];
}

/** Which keys a keyed read matches: given values, or a subquery's (`select … from …`). */
export type Keys = { values: readonly number[] } | Statement;

/**
 * On PostgreSQL `<column> = ?` for one key and `<column> = any(?)` with one array parameter for
 * several, so that a statement's text is the same for any number of keys (one prepared statement).
 * One key apart because PostgreSQL plans an array of unknown length as ten keys, so it would never
 * find its generic plan as cheap as planning afresh, and would plan every call; `in (?, ?, …)` elsewhere.
 */
function keysCondition(column: string, keys: Keys, postgres: boolean): Statement {
  if (!('values' in keys)) return { sql: `${column} in (${keys.sql})`, params: keys.params };
  if (postgres && keys.values.length === 1) return { sql: `${column} = ?::int`, params: [keys.values[0]] };
  if (postgres) return { sql: `${column} = any(?::int[])`, params: [`{${keys.values.join(',')}}`] };
  return { sql: `${column} in (${keys.values.map(() => '?').join(', ')})`, params: [...keys.values] };
}

/**
 * `select <columns> from <table> as e where <key> in (<keys>) …`, ranked per key (`rank_in_key`)
 * when only the newest are asked for; `order` is the order the loaders return. Written here rather
 * than by the QueryBuilder, whose work per call cost several times the statement itself.
 */
export function keyedRows<E extends BaseRecord>(
  em: EntityManager,
  meta: EntityMetadata<E>,
  {
    key,
    inUse = false,
    raw: conditions = [],
    columns,
  }: Pick<KeyedQuery<E>, 'key' | 'inUse' | 'raw' | 'columns'>,
  keys: Keys,
  latest?: Newest<E>,
): Statement & { order: string } {
  const matched = keysCondition(columnOf(meta, key), keys, isPostgres(em));
  const rank = latest
    ? `, row_number() over (partition by ${columnOf(meta, key)} order by ${columnOf(meta, latest.newest)} desc, e."id" desc) as rank_in_key`
    : '';
  const select = keyedSelect(meta, columns).replace(' from ', `${rank} from `);
  const where = [
    matched.sql,
    ...(inUse ? ['e."deleted_at" is null'] : []),
    ...conditions.map(([condition]) => `(${condition})`),
  ].join(' and ');
  return {
    sql: latest
      ? `select * from (${select} where ${where}) found where rank_in_key <= ?`
      : `${select} where ${where}`,
    params: [
      ...matched.params,
      ...conditions.flatMap(([, params]) => params),
      ...(latest ? [latest.limit] : []),
    ],
    order: latest ? 'rank_in_key' : '"id"',
  };
}

/** Rows as the driver read them (column names, or a row of JSON) in the API's form. */
export function mapRows<E extends BaseRecord>(
  em: EntityManager,
  meta: EntityMetadata<E>,
  found: Record<string, unknown>[],
): E[] {
  const driver = em.getDriver();
  // Taken off the rows as read, not the rows mapped: a deleted property would turn each returned
  // object into a slow dictionary for every field GraphQL then reads of it.
  for (const row of found) {
    if (row.rank_in_key !== undefined) delete row.rank_in_key;
    if (row.page_position !== undefined) delete row.page_position;
  }
  const rows = found.map(
    (row) => driver.mapResult(row as never, meta as EntityMetadata) as Record<string, unknown>,
  );
  return convertRows(em, meta, rows);
}

/** Runs `keyedRows` for these keys, the rows' access entries written by the same statement. */
async function selectKeyed<E extends BaseRecord>(
  em: EntityManager,
  entity: EntityName<E>,
  query: KeyedQuery<E>,
  latest?: Newest<E>,
): Promise<E[]> {
  const { keys, primary = false, logged } = query;
  if (keys.length === 0) return [];
  const meta = em.getMetadata().get<E>(entity as string);
  const rows = keyedRows(em, meta, query, { values: keys }, latest);
  const log = logged?.('read_rows') ?? null;
  const found = await runStatement(
    em,
    log
      ? `with read_rows as (${rows.sql}), logged as (${log.sql}) select * from read_rows order by ${rows.order}`
      : `${rows.sql} order by ${rows.order}`,
    [...rows.params, ...(log?.bindings ?? [])],
    { primary: primary || Boolean(log) },
  );
  return mapRows(em, meta, found);
}

/** The rows whose `key` is one of `keys`, in id order. */
export function selectRowsByKeys<E extends BaseRecord>(
  em: EntityManager,
  entity: EntityName<E>,
  query: KeyedQuery<E>,
): Promise<E[]> {
  return selectKeyed(em, entity, query);
}

/**
 * The newest `limit` rows (by `newest`, then id) for each value of `key`, newest first: one
 * statement for any number of keys, ranked by a window function instead of a query per key.
 */
export function latestRowsPerKey<E extends BaseRecord>(
  em: EntityManager,
  entity: EntityName<E>,
  query: KeyedQuery<E>,
  latest: Newest<E>,
): Promise<E[]> {
  return selectKeyed(em, entity, query, latest);
}

export async function countRows<E extends BaseRecord>(
  em: EntityManager,
  entity: EntityName<E>,
  query: RowQuery<E>,
): Promise<number> {
  const meta = em.getMetadata().get<E>(entity as string);
  const written = isPostgres(em) ? plainPageStatements(meta, query) : null;
  if (written) {
    const { sql, params } = written.count;
    const [row] = await runStatement(em, sql, params, { primary: query.primary });
    return Number(row.count);
  }
  return rowQueryBuilder(em, entity, query).getCount();
}
