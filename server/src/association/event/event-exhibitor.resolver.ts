import { searchKey } from '@mujtama/shared/arabic';
import { associationResources } from '@mujtama/shared/resources';
import { eventExhibitorRules } from '@mujtama/shared/validation';
import { Resolver } from 'type-graphql';
import { crudResolver } from '../../common/crud.resolver';
import type { RecordPolicy } from '../../common/records';
import { belongsTo } from '../../common/relations';
import { AssociationEntity } from '../association-entity/association-entity.entity';
import { AssociationEvent } from './association-event.entity';
import { EventExhibitor } from './event-exhibitor.entity';
import {
  CreateEventExhibitorInput,
  EventExhibitorFilter,
  UpdateEventExhibitorInput,
} from './event-exhibitor.inputs';

export const eventExhibitorPolicy: RecordPolicy<EventExhibitor> = {
  entity: EventExhibitor,
  rules: eventExhibitorRules,
  searchKey: (exhibitor) => searchKey(exhibitor.notes),
};

@Resolver(() => EventExhibitor)
export class EventExhibitorResolver extends crudResolver({
  ...eventExhibitorPolicy,
  resource: associationResources.EventExhibitor,
  createInput: CreateEventExhibitorInput,
  updateInput: UpdateEventExhibitorInput,
  filter: EventExhibitorFilter,
  sortable: ['id', 'createdAt', 'updatedAt'],
  defaultOrder: { id: 'asc' },
  relations: {
    event: belongsTo(AssociationEvent, 'eventId', 'The event.'),
    entity: belongsTo(AssociationEntity, 'entityId', 'The entity exhibiting.'),
  },
}) {}
