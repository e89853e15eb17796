import { searchKey } from '@mujtama/shared/arabic';
import { VisitKind, VisitStatus } from '@mujtama/shared/enums';
import { associationResources } from '@mujtama/shared/resources';
import { visitRules } from '@mujtama/shared/validation';
import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver } from 'type-graphql';
import type { Context } from '../../common/context';
import { crudResolver } from '../../common/crud.resolver';
import { invalidField } from '../../common/errors';
import { parseId } from '../../common/ids';
import { Parent } from '../../common/parent.decorator';
import { type RecordPolicy, requireRow, type WriteEvent } from '../../common/records';
import { belongsTo, hasMany } from '../../common/relations';
import { selectRows } from '../../common/rows';
import { Activity } from '../activity/activity.entity';
import { AssociationEntity } from '../association-entity/association-entity.entity';
import { Committee } from '../committee/committee.entity';
import { CalendarDate, calendarDate } from '../common/calendar-date.type';
import { FormResponse } from '../impact/form-response.entity';
import { ImpactForm } from '../impact/impact-form.entity';
import { AssociationProgram } from '../program/association-program.entity';
import { Visit } from './visit.entity';
import { CreateVisitInput, UpdateVisitInput, VisitFilter } from './visit.inputs';
import { bookingsOf } from './visit-bookings';
import { VisitGroup } from './visit-group.entity';
import { VisitGroupMember } from './visit-group-member.entity';
import { VisitParticipant } from './visit-participant.entity';

@ObjectType({ description: 'The four steps of a supervised visit, as recorded so far.' })
export class VisitSteps {
  @Field(() => Boolean, { description: '1. The visitors took part in one of the host’s activities.' })
  activityJoined!: boolean;

  @Field(() => Boolean, { description: '2. They viewed a report of the host’s main activities.' })
  reportViewed!: boolean;

  @Field(() => Boolean, {
    description: '3. The supervising committee held the discussion circle with the managers.',
  })
  discussionHeld!: boolean;

  @Field(() => Boolean, {
    description: '4. The impact was measured: an impact form was filled for the visit.',
  })
  impactMeasured!: boolean;

  @Field(() => Int, { description: 'How many of the four steps are recorded.' })
  done!: number;
}

/** The entity visited must be one of the group's centers, and the activity joined one of its own. */
async function checkHost({ em, changes, merged }: WriteEvent<Visit>) {
  const hostOrGroupChanged = 'hostEntityId' in changes || 'groupId' in changes;
  if (merged.groupId != null && hostOrGroupChanged) {
    const inGroup = await em.count(VisitGroupMember, {
      groupId: merged.groupId,
      entityId: merged.hostEntityId,
      deletedAt: null,
    });
    if (!inGroup) {
      throw invalidField(
        'hostEntityId',
        'The host is not a center of the group',
        'المستضيف ليس من مراكز المجموعة',
      );
    }
  }
  if (merged.hostActivityId != null && (hostOrGroupChanged || 'hostActivityId' in changes)) {
    const activity = await requireRow(em, Activity, merged.hostActivityId);
    if (activity.entityId !== merged.hostEntityId) {
      throw invalidField(
        'hostActivityId',
        'The activity is not the host’s',
        'النشاط ليس من أنشطة الكيان المستضيف',
      );
    }
  }
  if (changes.impactFormId != null) {
    const form = await requireRow(em, ImpactForm, changes.impactFormId);
    if (form.target !== 'VISIT') {
      throw invalidField(
        'impactFormId',
        'The form measures initiatives, not visits',
        'الاستمارة خاصة بالمبادرات لا الزيارات',
      );
    }
  }
}

/** No entity takes part in two visits on one day, as host or as visitor. */
async function checkBookings({ em, changes, merged, existing }: WriteEvent<Visit>) {
  const reopened = existing?.status === 'CANCELLED' && merged.status !== 'CANCELLED';
  const moved = !existing || 'scheduledOn' in changes || 'hostEntityId' in changes || reopened;
  if (merged.status === 'CANCELLED' || !moved) return;
  const visitors = existing
    ? (await selectRows(em, VisitParticipant, { where: { visitId: existing.id, deletedAt: null } })).map(
        (participant) => participant.entityId,
      )
    : [];
  if (visitors.includes(merged.hostEntityId!)) {
    throw invalidField('hostEntityId', 'The host is also one of the visitors', 'المستضيف مسجل ضمن الزائرين');
  }
  const [clash] = await bookingsOf(
    em,
    [merged.hostEntityId!, ...visitors],
    [merged.scheduledOn!],
    existing?.id,
  );
  if (clash) {
    const entity = await requireRow(em, AssociationEntity, clash.entityId);
    throw invalidField(
      'scheduledOn',
      `«${entity.nameAr}» already takes part in visit ${clash.visitId} on ${clash.date}`,
      `«${entity.nameAr}» مرتبط بالزيارة ${clash.visitId} في ${clash.date}`,
    );
  }
}

/**
 * A proactive visit is made by a committee; an exchange visit happens within a group, possibly
 * supervised by a committee of the same program. The visit's program follows from them.
 */
async function checkVisit(event: WriteEvent<Visit>) {
  const { em, changes, merged } = event;
  if (merged.kind === 'PROACTIVE') {
    if (merged.committeeId == null) {
      throw invalidField(
        'committeeId',
        'A proactive visit is made by a committee',
        'الزيارة الاستباقية تقوم بها لجنة',
      );
    }
    if (merged.groupId != null) {
      throw invalidField(
        'groupId',
        'Only exchange visits belong to a group',
        'المجموعة خاصة بالزيارات التبادلية',
      );
    }
  } else if (merged.groupId == null) {
    throw invalidField(
      'groupId',
      'An exchange visit takes place within a group',
      'الزيارة التبادلية تكون ضمن مجموعة',
    );
  }
  const committee = merged.committeeId != null ? await requireRow(em, Committee, merged.committeeId) : null;
  const group = merged.groupId != null ? await requireRow(em, VisitGroup, merged.groupId) : null;
  if (group && committee && committee.programId !== group.programId) {
    throw invalidField('committeeId', 'The committee belongs to another program', 'اللجنة تابعة لبرنامج آخر');
  }
  const programId = group?.programId ?? committee!.programId;
  if (programId !== merged.programId) changes.programId = merged.programId = programId;
  await checkHost(event);
  await checkBookings(event);
}

export const visitPolicy: RecordPolicy<Visit> = {
  entity: Visit,
  rules: visitRules,
  searchKey: (visit) =>
    searchKey(
      visit.kind && VisitKind.labels[visit.kind].ar,
      visit.status && VisitStatus.labels[visit.status].ar,
      visit.reportNotes,
      visit.discussionNotes,
      visit.notes,
    ),
  beforeWrite: checkVisit,
};

@Resolver(() => Visit)
export class VisitResolver extends crudResolver({
  ...visitPolicy,
  resource: associationResources.Visit,
  createInput: CreateVisitInput,
  updateInput: UpdateVisitInput,
  filter: VisitFilter,
  filterHandlers: {
    entityId: (id: string) => {
      const entityId = parseId(id, 'entityId');
      return [
        '(e.host_entity_id = ? or e.id in (select p.visit_id from visit_participant p where p.entity_id = ? and p.deleted_at is null))',
        [entityId, entityId],
      ];
    },
    supervised: (supervised: boolean) =>
      supervised
        ? ["(e.kind = 'EXCHANGE' and e.committee_id is not null)", []]
        : ["(e.kind <> 'EXCHANGE' or e.committee_id is null)", []],
  },
  sortable: ['id', 'scheduledOn', 'kind', 'status', 'createdAt', 'updatedAt'],
  defaultOrder: { scheduledOn: 'desc' },
  relations: {
    program: belongsTo(AssociationProgram, 'programId', 'The program.'),
    host: belongsTo(AssociationEntity, 'hostEntityId', 'The entity visited.'),
    group: belongsTo(VisitGroup, 'groupId', 'The group exchanging the visit.', { nullable: true }),
    committee: belongsTo(Committee, 'committeeId', 'The committee making or supervising it.', {
      nullable: true,
    }),
    hostActivity: belongsTo(Activity, 'hostActivityId', 'Step 1: the host’s activity joined.', {
      nullable: true,
    }),
    participants: hasMany(VisitParticipant, 'visitId', 'The visiting entities.'),
    impactForm: belongsTo(ImpactForm, 'impactFormId', 'Step 4: the impact form to fill.', { nullable: true }),
    responses: hasMany(FormResponse, 'visitId', 'The impact forms filled for this visit.'),
  },
}) {
  @FieldResolver(() => Boolean, { description: 'An exchange visit with a supervising committee.' })
  supervised(@Parent() visit: Visit): boolean {
    return visit.kind === 'EXCHANGE' && visit.committeeId != null;
  }

  @FieldResolver(() => VisitSteps, {
    description: 'Which of the four steps of a supervised visit are recorded.',
  })
  async steps(@Parent() visit: Visit, @Ctx() ctx: Context): Promise<VisitSteps> {
    const responses = await ctx.loaders.many(FormResponse, 'visitId', visit.id);
    const steps = {
      activityJoined: visit.hostActivityId != null,
      reportViewed: visit.reportViewed,
      discussionHeld: Boolean(visit.discussionNotes?.trim()),
      impactMeasured: responses.length > 0,
    };
    return { ...steps, done: Object.values(steps).filter(Boolean).length };
  }

  @FieldResolver(() => CalendarDate, { description: 'The day of the visit in both calendars.' })
  scheduledOnCalendar(@Parent() visit: Visit): CalendarDate {
    return calendarDate(visit.scheduledOn);
  }
}
