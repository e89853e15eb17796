import { searchKey } from '@mujtama/shared/arabic';
import { TrainingKind } from '@mujtama/shared/enums';
import { healthResources } from '@mujtama/shared/resources';
import { trainingAttendanceRules, trainingEventRules } from '@mujtama/shared/validation';
import { Ctx, FieldResolver, Int, Resolver } from 'type-graphql';
import type { Context } from '../../common/context';
import { crudResolver } from '../../common/crud.resolver';
import { Parent } from '../../common/parent.decorator';
import type { RecordPolicy } from '../../common/records';
import { belongsTo, hasMany } from '../../common/relations';
import { Person } from '../person/person.entity';
import { TrainingAttendance, TrainingEvent } from './training.entity';
import {
  CreateTrainingAttendanceInput,
  CreateTrainingEventInput,
  TrainingAttendanceFilter,
  TrainingEventFilter,
  UpdateTrainingAttendanceInput,
  UpdateTrainingEventInput,
} from './training.inputs';

export const trainingEventPolicy: RecordPolicy<TrainingEvent> = {
  entity: TrainingEvent,
  rules: trainingEventRules,
  searchKey: (event) =>
    searchKey(
      event.title,
      event.kind && TrainingKind.labels[event.kind].ar,
      event.location,
      event.description,
    ),
};

export const trainingAttendancePolicy: RecordPolicy<TrainingAttendance> = {
  entity: TrainingAttendance,
  rules: trainingAttendanceRules,
  searchKey: (attendance) => searchKey(attendance.notes),
};

@Resolver(() => TrainingEvent)
export class TrainingEventResolver extends crudResolver({
  ...trainingEventPolicy,
  resource: healthResources.TrainingEvent,
  createInput: CreateTrainingEventInput,
  updateInput: UpdateTrainingEventInput,
  filter: TrainingEventFilter,
  sortable: ['id', 'title', 'kind', 'audience', 'organizer', 'startDate', 'hours', 'createdAt', 'updatedAt'],
  defaultOrder: { startDate: 'desc' },
  relations: {
    attendees: hasMany(TrainingAttendance, 'eventId', 'The trainees registered, with how far each got.'),
  },
}) {
  @FieldResolver(() => Int, { description: 'How many trainees completed the training.' })
  async completedCount(@Parent() event: TrainingEvent, @Ctx() ctx: Context): Promise<number> {
    // Shares the batched `attendees` read: one query for a whole page of events.
    const attendees = await ctx.loaders.many(TrainingAttendance, 'eventId', event.id);
    return attendees.filter((attendance) => attendance.status === 'COMPLETED').length;
  }
}

@Resolver(() => TrainingAttendance)
export class TrainingAttendanceResolver extends crudResolver({
  ...trainingAttendancePolicy,
  resource: healthResources.TrainingAttendance,
  createInput: CreateTrainingAttendanceInput,
  updateInput: UpdateTrainingAttendanceInput,
  filter: TrainingAttendanceFilter,
  sortable: ['id', 'status', 'createdAt', 'updatedAt'],
  defaultOrder: { id: 'asc' },
  relations: {
    event: belongsTo(TrainingEvent, 'eventId', 'The training event.'),
    person: belongsTo(
      Person,
      'personId',
      'The trainee; null for a person outside the centers or clients you manage.',
      { nullable: true },
    ),
  },
}) {}
