import { searchKey } from '@mujtama/shared/arabic';
import { AssociationEventKind } from '@mujtama/shared/enums';
import { associationResources } from '@mujtama/shared/resources';
import { associationEventRules } from '@mujtama/shared/validation';
import { FieldResolver, Resolver } from 'type-graphql';
import { crudResolver } from '../../common/crud.resolver';
import { invalidField } from '../../common/errors';
import { Parent } from '../../common/parent.decorator';
import type { RecordPolicy, WriteEvent } from '../../common/records';
import { belongsTo, hasMany } from '../../common/relations';
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
  relations: {
    parent: belongsTo(AssociationEvent, 'parentId', 'The event this one is part of.', { nullable: true }),
    parts: hasMany(AssociationEvent, 'parentId', 'The events that are part of this one.'),
    exhibitors: hasMany(EventExhibitor, 'eventId', 'The entities exhibiting.'),
  },
}) {
  @FieldResolver(() => CalendarDate, { description: 'The first day in the Hijri and Gregorian calendars.' })
  startCalendar(@Parent() event: AssociationEvent): CalendarDate {
    return calendarDate(event.startDate);
  }

  @FieldResolver(() => CalendarDate, { nullable: true, description: 'The last day in both calendars.' })
  endCalendar(@Parent() event: AssociationEvent): CalendarDate | null {
    return event.endDate ? calendarDate(event.endDate) : null;
  }
}
