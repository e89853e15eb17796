import { ForeignKeyConstraintViolationException } from '@mikro-orm/core';
import type { UserRole } from '@mujtama/shared/enums';
import { Authorized, Ctx, Field, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { writeAudit } from '../../audit/audit';
import type { Context } from '../../common/context';
import { conflict } from '../../common/errors';
import { entities } from '../../entities';

@ObjectType({ description: 'How many demo records of one type were removed.' })
export class RemovedCount {
  @Field(() => String, { description: 'The record type, e.g. Visit.' })
  type!: string;

  @Field(() => Int, { description: 'Records removed.' })
  count!: number;
}

@ObjectType({ description: 'What removing the demo data took away.' })
export class DemoDataRemoval {
  @Field(() => Int, { description: 'Records removed in all.' })
  total!: number;

  @Field(() => [RemovedCount], { description: 'Per record type, in the order they were removed.' })
  removed!: RemovedCount[];
}

const administrators: UserRole[] = ['ADMIN'];

@Resolver()
export class DemoDataResolver {
  @Authorized(administrators)
  @Mutation(() => DemoDataRemoval, {
    description:
      'Removes every demo record (isDemo) of both sides for good, referring records before the records they refer to, in one transaction: the platform is left with the real names alone. CONFLICT, and nothing removed, when a real record still refers to a demo one.',
  })
  deleteDemoData(@Ctx() ctx: Context): Promise<DemoDataRemoval> {
    return ctx.em.transactional(async (tx) => {
      const removed: RemovedCount[] = [];
      for (const entity of [...entities].reverse()) {
        if (!tx.getMetadata().get(entity.name).properties.isDemo) continue;
        try {
          const count = await tx.nativeDelete(entity, { isDemo: true } as never);
          if (count > 0) removed.push({ type: entity.name, count });
        } catch (error) {
          if (!(error instanceof ForeignKeyConstraintViolationException)) throw error;
          throw conflict(
            entity.name,
            'demo',
            'records that are not demo data still refer to demo ones; change them first',
          );
        }
      }
      await writeAudit(
        tx,
        ctx.actor,
        removed.map(({ type, count }) => ({
          action: 'PURGE',
          entityType: type,
          reason: `${count} demo records`,
        })),
      );
      return { total: removed.reduce((sum, { count }) => sum + count, 0), removed };
    });
  }
}
