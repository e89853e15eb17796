import { searchKey } from '@mujtama/shared/arabic';
import { associationResources } from '@mujtama/shared/resources';
import { eventExhibitorRules } from '@mujtama/shared/validation';
import { Ctx, FieldResolver, Resolver } from 'type-graphql';
import type { Context } from '../../common/context';
import { crudResolver } from '../../common/crud.resolver';
import { Parent } from '../../common/parent.decorator';
import type { RecordPolicy } from '../../common/records';
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
}) {
  @FieldResolver(() => AssociationEvent, { description: 'The event.' })
  event(@Parent() exhibitor: EventExhibitor, @Ctx() ctx: Context) {
    return ctx.loaders.one(AssociationEvent, exhibitor.eventId);
  }

  @FieldResolver(() => AssociationEntity, { description: 'The entity exhibiting.' })
  entity(@Parent() exhibitor: EventExhibitor, @Ctx() ctx: Context) {
    return ctx.loaders.one(AssociationEntity, exhibitor.entityId);
  }
}
