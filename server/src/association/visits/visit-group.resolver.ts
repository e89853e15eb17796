import { accessOf } from '@mujtama/shared/access';
import { searchKey } from '@mujtama/shared/arabic';
import { associationResources } from '@mujtama/shared/resources';
import { visitGroupRules } from '@mujtama/shared/validation';
import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../common/context';
import { crudResolver } from '../../common/crud.resolver';
import { conflict, invalidField } from '../../common/errors';
import { parseId } from '../../common/ids';
import { LocalDate } from '../../common/local-date.scalar';
import { createRecord, type RecordPolicy, requireRow, type WriteEvent } from '../../common/records';
import { belongsTo, hasMany } from '../../common/relations';
import { selectRows } from '../../common/rows';
import { AssociationProgram } from '../program/association-program.entity';
import { planExchangeVisits } from './schedule';
import { Visit } from './visit.entity';
import { visitPolicy } from './visit.resolver';
import { bookingsOf } from './visit-bookings';
import { VisitGroup } from './visit-group.entity';
import { CreateVisitGroupInput, UpdateVisitGroupInput, VisitGroupFilter } from './visit-group.inputs';
import { VisitGroupMember } from './visit-group-member.entity';
import { visitParticipantPolicy } from './visit-participant.resolver';

/** Centers exchange visits in programs of cooperation between centers. */
async function checkProgram({ em, changes, merged }: WriteEvent<VisitGroup>) {
  if (!('programId' in changes)) return;
  const program = await requireRow(em, AssociationProgram, merged.programId!);
  if (program.kind !== 'CENTERS_COOPERATION') {
    throw invalidField(
      'programId',
      `«${program.nameAr}» is not a program of cooperation between centers`,
      `«${program.nameAr}» ليس برنامجًا لتعاون المراكز`,
    );
  }
}

export const visitGroupPolicy: RecordPolicy<VisitGroup> = {
  entity: VisitGroup,
  rules: visitGroupRules,
  searchKey: (group) => searchKey(group.nameAr, group.notes),
  beforeWrite: checkProgram,
};

@Resolver(() => VisitGroup)
export class VisitGroupResolver extends crudResolver({
  ...visitGroupPolicy,
  resource: associationResources.VisitGroup,
  createInput: CreateVisitGroupInput,
  updateInput: UpdateVisitGroupInput,
  filter: VisitGroupFilter,
  sortable: ['id', 'nameAr', 'createdAt', 'updatedAt'],
  defaultOrder: { id: 'asc' },
  relations: {
    program: belongsTo(AssociationProgram, 'programId', 'The program.'),
    members: hasMany(VisitGroupMember, 'groupId', 'The centers of the group, with their hosting order.'),
    visits: hasMany(Visit, 'groupId', 'The visits exchanged within the group.'),
  },
}) {
  @Authorized(accessOf('Visit').write)
  @Mutation(() => [Visit], {
    description: `Writes the exchange visits of a group on the dates given: every center hosts once, in the group's order, and all the other centers visit it; no center takes part in two visits on one date, and dates on which a center is already booked are skipped. The visits are SCHEDULED and stay editable. BAD_USER_INPUT when the usable dates are fewer than the centers; CONFLICT when the group already has visits.`,
  })
  generateVisitSchedule(
    @Arg('groupId', () => ID, { description: 'The visit group.' }) groupId: string,
    @Arg('dates', () => [LocalDate], { description: 'The set dates; at least one per center.' })
    dates: string[],
    @Arg('committeeId', () => ID, {
      nullable: true,
      description: 'The committee supervising the visits, making them supervised visits.',
    })
    committeeId: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<Visit[]> {
    const id = parseId(groupId, 'groupId');
    return ctx.em.transactional(async (tx) => {
      await requireRow(tx, VisitGroup, id);
      const existing = await tx.count(Visit, { groupId: id, deletedAt: null, status: { $ne: 'CANCELLED' } });
      if (existing) {
        throw conflict(
          'VisitGroup',
          id,
          `already has ${existing} visits; edit them, or delete them to generate anew`,
        );
      }
      const members = await selectRows(tx, VisitGroupMember, {
        where: { groupId: id, deletedAt: null },
        orderBy: [{ position: 'asc' }, { id: 'asc' }],
      });
      const centerIds = members.map((member) => member.entityId);
      const booked = new Map<string, number[]>();
      for (const booking of await bookingsOf(tx, centerIds, dates)) {
        booked.set(booking.date, [...(booked.get(booking.date) ?? []), booking.entityId]);
      }
      const visits: Visit[] = [];
      for (const planned of planExchangeVisits(centerIds, dates, booked)) {
        const visit = await createRecord(
          tx,
          visitPolicy,
          {
            kind: 'EXCHANGE',
            groupId: id,
            hostEntityId: planned.hostId,
            committeeId: committeeId ?? null,
            scheduledOn: planned.date,
            status: 'SCHEDULED',
            reportViewed: false,
          },
          ctx.actor,
        );
        for (const visitorId of planned.visitorIds) {
          await createRecord(
            tx,
            visitParticipantPolicy,
            { visitId: visit.id, entityId: visitorId },
            ctx.actor,
          );
        }
        visits.push(visit);
      }
      return visits;
    });
  }
}
