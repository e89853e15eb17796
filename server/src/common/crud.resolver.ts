import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { ReferenceKind } from '@mikro-orm/core';
import { accessOf, healthDetailReaders } from '@mujtama/shared/access';
import { normalizeArabic } from '@mujtama/shared/arabic';
import type { ResourceDefinition } from '@mujtama/shared/resources';
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import type { ClassType } from 'type-graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { CurrentUser } from '../auth/actor';
import type { BaseRecord } from './base.entity';
import {
  type ConnectionShape,
  connectionType,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  orderType,
} from './connection';
import type { Context } from './context';
import { ErrorCode, invalidField, notFound } from './errors';
import { parseId } from './ids';
import { Parent } from './parent.decorator';
import { registerPolicy } from './policies';
import { fieldsSelected, recordsSelected } from './read-ahead';
import { createRecord, logReads, type RecordPolicy, trashRecord, updateRecord } from './records';
import { followRelation, type Relation, registerRelations } from './relations';
import {
  countRows,
  isPostgres,
  isRawCondition,
  pageStatements,
  type RawCondition,
  type RowQuery,
  selectRows,
} from './rows';
import { scopeCondition } from './scope';
import { selectsField } from './selection';

export interface CrudOptions<E extends BaseRecord> extends RecordPolicy<E> {
  resource: ResourceDefinition;
  createInput: ClassType<object>;
  updateInput: ClassType<object>;
  filter: ClassType<object>;
  /** Fields a list can be sorted by; the first sort key is always followed by id for a stable order. */
  sortable: readonly (keyof E & string)[];
  defaultOrder: QueryOrderMap<E>;
  /** Filter fields that are not a plain equality on the field of the same name. */
  filterHandlers?: Record<string, (value: never, user: CurrentUser | null) => FilterQuery<E> | RawCondition>;
  /** Turns input fields that are not stored as sent (a password) into stored ones. */
  mapInput?: (input: Input, creating: boolean) => Promise<Input>;
  /** Fields that are another record or a list of them, resolved through the request's loaders. */
  relations?: Record<string, Relation>;
}

type Input = Record<string, unknown>;

interface OrderInput {
  field: string;
  direction: 'ASC' | 'DESC';
}

const encodeCursor = (index: number) => Buffer.from(`offset:${index}`).toString('base64url');

function decodeCursor(cursor: string): number {
  const match = /^offset:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw invalidField('after', 'Not a cursor of this list', 'مؤشر الصفحة غير صالح');
  return Number(match[1]);
}

/** `instr`/`strpos` rather than LIKE: the typed text is matched literally, with no wildcard to escape. */
function searchConditions(query: string, postgres: boolean): RawCondition[] {
  const finder = postgres ? 'strpos(e.search_key, ?) > 0' : 'instr(e.search_key, ?) > 0';
  return normalizeArabic(query)
    .split(' ')
    .filter(Boolean)
    .map((word) => [finder, [word]]);
}

/**
 * Builds the standard API of one record type: `x(id)`, `xs(filter, orderBy, first, offset, after)`,
 * `createX`, `updateX`, `deleteX`. Reads return plain rows; writes go through `records.ts`.
 */
export function crudResolver<E extends BaseRecord>(options: CrudOptions<E>) {
  const { entity, resource } = options;
  const access = accessOf(resource.type);
  registerPolicy(options);
  const mapInput = options.mapInput ?? (async (input: Input) => input);
  const Connection = connectionType(entity as ClassType<E>, resource.type);
  const Order = orderType(resource.type, options.sortable);

  /** The user's own scope, then the filter; trashed records only when asked for. */
  function toRowQuery(ctx: Context, filter: Record<string, unknown> | undefined): RowQuery<E> {
    const meta = ctx.em.getMetadata().get<E>(entity.name);
    const where: Record<string, unknown> = { deletedAt: filter?.trashed ? { $ne: null } : null };
    const scope = scopeCondition(options.scope, ctx.user, false);
    const raw: RawCondition[] = scope ? [scope] : [];
    for (const [key, value] of Object.entries(filter ?? {})) {
      if (value === undefined || value === null || key === 'trashed') continue;
      const handler = options.filterHandlers?.[key];
      if (handler) {
        const condition = handler(value as never, ctx.user);
        if (isRawCondition(condition)) raw.push(condition);
        else Object.assign(where, condition);
      } else if (key === 'q') {
        if (options.searchesHealthDetail && ctx.user && !healthDetailReaders.includes(ctx.user.role)) {
          throw new GraphQLError(
            `Your role (${ctx.user.role}) may not search ${resource.type}: its text is personal health detail.`,
            { extensions: { code: ErrorCode.FORBIDDEN, field: 'q' } },
          );
        }
        raw.push(...searchConditions(String(value), isPostgres(ctx.em)));
      } else if (key === 'ids') {
        where.id = { $in: (value as string[]).map((id) => parseId(id, 'ids')) };
      } else if (key.endsWith('From') || key.endsWith('To')) {
        const field = key.replace(/(From|To)$/, '');
        const range = (where[field] ?? {}) as Record<string, unknown>;
        range[key.endsWith('From') ? '$gte' : '$lte'] = value;
        where[field] = range;
      } else {
        const isReference =
          (meta.properties as Record<string, { kind: string } | undefined>)[key]?.kind ===
          ReferenceKind.MANY_TO_ONE;
        where[key] = isReference ? parseId(value as string, key) : value;
      }
    }
    return { where: where as FilterQuery<E>, raw };
  }

  /**
   * A page of the list; on PostgreSQL with the relations it selects and its total count in the same
   * statement (`count` null when it was not read).
   */
  async function readPage(
    ctx: Context,
    info: GraphQLResolveInfo,
    query: RowQuery<E>,
    counts: boolean,
    pageSize: number,
  ): Promise<{ rows: E[]; count: number | null }> {
    const { fields, reads } = recordsSelected(info, entity.name, true);
    const page = { ...query, columns: ctx.loaders.columns(entity, fields) };
    if (!isPostgres(ctx.em) || (!reads.length && !counts)) {
      return { rows: await selectRows(ctx.em, entity, page), count: null };
    }
    const statements = pageStatements(ctx.em, entity, page);
    return ctx.loaders.readAhead(
      { entity, page: statements.page, pageSize, count: counts ? statements.count : undefined },
      reads,
    );
  }

  @Resolver(() => entity)
  abstract class CrudResolver {
    @Authorized(access.read)
    @Query(() => entity, {
      name: resource.one,
      description: `One ${resource.type} by id, in use or in the trash; NOT_FOUND when none you may see has it.`,
    })
    async one(
      @Arg('id', () => ID, { description: 'Id of the record.' }) id: string,
      @Ctx() ctx: Context,
      @Info() info: GraphQLResolveInfo,
    ): Promise<E> {
      const key = parseId(id);
      const { fields, reads } = recordsSelected(info, entity.name, false);
      if (isPostgres(ctx.em) && reads.length) await ctx.loaders.readAhead({ entity, id: key, fields }, reads);
      const row = await ctx.loaders.one(entity, key, fields);
      if (!row) throw notFound(resource.type, key);
      return row;
    }

    @Authorized(access.read)
    @Query(() => Connection, {
      name: resource.many,
      description: `A page of ${resource.type} records, filtered, searched and sorted.`,
    })
    async many(
      @Ctx() ctx: Context,
      @Info() info: GraphQLResolveInfo,
      @Arg('filter', () => options.filter, { nullable: true, description: 'Which records to list.' })
      filter?: Record<string, unknown>,
      @Arg('orderBy', () => [Order], { nullable: true, description: 'Sort keys, most significant first.' })
      orderBy?: OrderInput[],
      @Arg('first', () => Int, {
        nullable: true,
        description: `Page size (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}).`,
      })
      first?: number,
      @Arg('offset', () => Int, { nullable: true, description: 'Records to skip (offset pagination).' })
      offset?: number,
      @Arg('after', () => String, {
        nullable: true,
        description: 'Start after this cursor (cursor pagination).',
      })
      after?: string,
    ): Promise<ConnectionShape<E>> {
      if ((first ?? 0) < 0) throw invalidField('first', 'Must not be negative', 'يجب ألا يكون سالبًا');
      if ((offset ?? 0) < 0) throw invalidField('offset', 'Must not be negative', 'يجب ألا يكون سالبًا');
      const limit = Math.min(first ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
      const start = after ? decodeCursor(after) + 1 : (offset ?? 0);
      const query = toRowQuery(ctx, filter);
      const order = (orderBy ?? []).map(
        (key) => ({ [key.field]: key.direction === 'DESC' ? 'desc' : 'asc' }) as QueryOrderMap<E>,
      );
      const page: RowQuery<E> = {
        ...query,
        orderBy: [...(order.length ? order : [options.defaultOrder]), { id: 'asc' } as QueryOrderMap<E>],
        limit: limit + 1,
        offset: start,
      };
      const counts = selectsField(info, 'totalCount');
      const { rows, count } = await readPage(ctx, info, page, counts, limit);
      const nodes = rows.slice(0, limit);
      await logReads(ctx.em, ctx.actor, options, nodes);
      const totalCount = counts ? (count ?? (await countRows(ctx.em, entity, query))) : -1;
      return {
        nodes,
        totalCount,
        pageInfo: {
          hasNextPage: rows.length > limit,
          hasPreviousPage: start > 0,
          startCursor: nodes.length ? encodeCursor(start) : null,
          endCursor: nodes.length ? encodeCursor(start + nodes.length - 1) : null,
        },
      };
    }

    @Authorized(access.write)
    @Mutation(() => entity, { name: `create${resource.type}`, description: `Creates a ${resource.type}.` })
    async create(
      @Arg('input', () => options.createInput, { description: 'The new record.' }) input: Input,
      @Ctx() ctx: Context,
    ): Promise<E> {
      return createRecord(ctx.em, options, await mapInput({ ...input }, true), ctx.actor);
    }

    @Authorized(access.write)
    @Mutation(() => entity, {
      name: `update${resource.type}`,
      description: `Changes the fields sent of a ${resource.type}; with \`version\`, refuses (CONFLICT) if it changed since.`,
    })
    async update(
      @Arg('id', () => ID, { description: 'Id of the record to change.' }) id: string,
      @Arg('input', () => options.updateInput, { description: 'The fields to change.' }) input: Input,
      @Ctx() ctx: Context,
    ): Promise<E> {
      return updateRecord(ctx.em, options, parseId(id), await mapInput({ ...input }, false), ctx.actor);
    }

    @Authorized(access.write)
    @Mutation(() => entity, {
      name: `delete${resource.type}`,
      description: `Moves a ${resource.type} to the trash and returns it; whatever refers to it keeps resolving, and \`restore${resource.type}\` brings it back.`,
    })
    async delete(
      @Arg('id', () => ID, { description: 'Id of the record to delete.' }) id: string,
      @Ctx() ctx: Context,
    ): Promise<E> {
      return trashRecord(ctx.em, options, parseId(id), true, ctx.actor);
    }

    @Authorized(access.write)
    @Mutation(() => entity, {
      name: `restore${resource.type}`,
      description: `Takes a ${resource.type} back out of the trash.`,
    })
    async restore(
      @Arg('id', () => ID, { description: 'Id of the trashed record.' }) id: string,
      @Ctx() ctx: Context,
    ): Promise<E> {
      return trashRecord(ctx.em, options, parseId(id), false, ctx.actor);
    }
  }
  for (const [field, relation] of Object.entries(options.relations ?? {})) {
    addRelationField(CrudResolver.prototype, field, relation);
  }
  registerRelations(entity.name, options.relations ?? {});
  return CrudResolver;
}

/** A field resolver for `relation`, as `@FieldResolver` on a method would declare it. */
function addRelationField(prototype: object, field: string, relation: Relation) {
  const resolve = (
    parent: Record<string, unknown>,
    ctx: Context,
    info: GraphQLResolveInfo,
    last?: number | null,
  ) => followRelation(ctx.loaders, relation, parent, fieldsSelected(info, relation.target.name), last);
  Object.defineProperty(prototype, field, { value: resolve, configurable: true, writable: true });
  Parent()(prototype, field, 0);
  Ctx()(prototype, field, 1);
  Info()(prototype, field, 2);
  if (relation.kind === 'many' && relation.latest) {
    Arg('last', () => Int, { nullable: true, description: relation.latest.description })(prototype, field, 3);
  }
  const type = relation.kind === 'one' ? () => relation.target : () => [relation.target];
  const nullable = relation.kind === 'one' && relation.nullable;
  FieldResolver(type, { description: relation.description, nullable })(
    prototype,
    field,
    Object.getOwnPropertyDescriptor(prototype, field)!,
  );
}
