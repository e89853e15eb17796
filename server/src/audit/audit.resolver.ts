import { AuditAction } from '@mujtama/shared/enums';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../common/connection';
import type { Context } from '../common/context';
import { parseId } from '../common/ids';
import { convertRows } from '../common/rows';
import { AuditEntry } from './audit.entity';

@InputType({ description: 'Which audit entries to list.' })
class AuditEntryFilter {
  @Field(() => String, { nullable: true, description: 'Entries about this record type.' })
  entityType?: string;

  @Field(() => ID, { nullable: true, description: 'Entries about this record (with entityType).' })
  entityId?: string;

  @Field(() => ID, { nullable: true, description: 'Entries of this user.' })
  userId?: string;

  @Field(() => AuditAction.values, { nullable: true, description: 'Entries of this kind.' })
  action?: AuditAction;

  @Field(() => Date, { nullable: true, description: 'Entries at or after this moment.' })
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Entries before this moment.' })
  to?: Date;
}

@ObjectType({ description: 'A page of the audit log, newest first.' })
class AuditEntryConnection {
  @Field(() => [AuditEntry], { description: 'The entries of this page.' })
  nodes!: AuditEntry[];

  @Field(() => Int, { description: 'How many entries match.' })
  totalCount!: number;
}

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized(['ADMIN'])
  @Query(() => AuditEntryConnection, {
    description: 'The audit log, newest first: a record’s history or the whole log, filtered.',
  })
  async auditEntries(
    @Ctx() ctx: Context,
    @Arg('filter', () => AuditEntryFilter, { nullable: true, description: 'Which entries.' })
    filter?: AuditEntryFilter,
    @Arg('first', () => Int, { nullable: true, description: `Page size (at most ${MAX_PAGE_SIZE}).` })
    first?: number,
    @Arg('offset', () => Int, { nullable: true, description: 'Entries to skip.' }) offset?: number,
  ): Promise<AuditEntryConnection> {
    const where = {
      ...(filter?.entityType ? { entityType: filter.entityType } : {}),
      ...(filter?.entityId ? { entityId: parseId(filter.entityId, 'entityId') } : {}),
      ...(filter?.userId ? { userId: parseId(filter.userId, 'userId') } : {}),
      ...(filter?.action ? { action: filter.action } : {}),
      ...(filter?.from || filter?.to
        ? { at: { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lt: filter.to } : {}) } }
        : {}),
    };
    const limit = Math.min(Math.max(first ?? DEFAULT_PAGE_SIZE, 0), MAX_PAGE_SIZE);
    const qb = ctx.em.createQueryBuilder(AuditEntry).where(where);
    const [rows, totalCount] = await Promise.all([
      qb
        .clone()
        .select('*')
        .orderBy({ id: 'desc' })
        .limit(limit)
        .offset(Math.max(offset ?? 0, 0))
        .execute('all', true),
      qb.clone().getCount(),
    ]);
    const meta = ctx.em.getMetadata().get<AuditEntry>(AuditEntry.name);
    return { nodes: convertRows(ctx.em, meta, rows as unknown as Record<string, unknown>[]), totalCount };
  }
}
