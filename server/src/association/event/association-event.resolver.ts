import { searchKey } from '@mujtama/shared/arabic';
import { AssociationEventKind } from '@mujtama/shared/enums';
import { associationResources } from '@mujtama/shared/resources';
import { associationEventRules } from '@mujtama/shared/validation';
import { Ctx, FieldResolver, Resolver } from 'type-graphql';
import type { Context } from '../../common/context';
import { crudResolver } from '../../common/crud.resolver';
import { invalidField } from '../../common/errors';
import { Parent } from '../../common/parent.decorator';
import type { RecordPolicy, WriteEvent } from '../../common/records';
import { CalendarDate, calendarDate } from '../common/calendar-date.type';
import { AssociationEvent } from './association-event.entity';
import {
  AssociationEventFilter,
  CreateAssociationEventInput,
  UpdateAssociationEventInput,
} from './association-event.inputs';
import { EventExhibitor } from './event-exhibitor.entity';

function checkParent({ merged, existing }: WriteEvent<AssociationEvent>) {
  if (merged.parentId != null && merged.parentId === existing?.id) {
    throw invalidField('parentId', 'An event cannot be part of itself', 'لا تكون الفعالية جزءًا من نفسها');
  }
}

export const associationEventPolicy: RecordPolicy<AssociationEvent> = {
  entity: AssociationEvent,
  rules: associationEventRules,
  searchKey: (event) =>
    searchKey(
      event.nameAr,
      event.nameEn,
      event.kind && AssociationEventKind.labels[event.kind].ar,
      event.venue,
      event.description,
    ),
  beforeWrite: checkParent,
};

@Resolver(() => AssociationEvent)
export class AssociationEventResolver extends crudResolver({
  ...associationEventPolicy,
  resource: associationResources.AssociationEvent,
  createInput: CreateAssociationEventInput,
  updateInput: UpdateAssociationEventInput,
  filter: AssociationEventFilter,
  sortable: ['id', 'nameAr', 'kind', 'startDate', 'createdAt', 'updatedAt'],
  defaultOrder: { startDate: 'desc' },
}) {
  @FieldResolver(() => CalendarDate, { description: 'The first day in the Hijri and Gregorian calendars.' })
  startCalendar(@Parent() event: AssociationEvent): CalendarDate {
    return calendarDate(event.startDate);
  }

  @FieldResolver(() => CalendarDate, { nullable: true, description: 'The last day in both calendars.' })
  endCalendar(@Parent() event: AssociationEvent): CalendarDate | null {
    return event.endDate ? calendarDate(event.endDate) : null;
  }

  @FieldResolver(() => AssociationEvent, { nullable: true, description: 'The event this one is part of.' })
  parent(@Parent() event: AssociationEvent, @Ctx() ctx: Context) {
    return ctx.loaders.one(AssociationEvent, event.parentId);
  }

  @FieldResolver(() => [AssociationEvent], { description: 'The events that are part of this one.' })
  parts(@Parent() event: AssociationEvent, @Ctx() ctx: Context) {
    return ctx.loaders.many(AssociationEvent, 'parentId', event.id);
  }

  @FieldResolver(() => [EventExhibitor], { description: 'The entities exhibiting.' })
  exhibitors(@Parent() event: AssociationEvent, @Ctx() ctx: Context) {
    return ctx.loaders.many(EventExhibitor, 'eventId', event.id);
  }
}
