import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { associationResources } from '@mujtama/shared/resources';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseRecord } from '../../common/base.entity';
import { AssociationEntity } from '../association-entity/association-entity.entity';
import { AssociationEvent } from './association-event.entity';

@ObjectType({ description: associationResources.EventExhibitor.description })
@Entity({ tableName: 'event_exhibitor' })
@Unique({ properties: ['eventId', 'entityId'] })
export class EventExhibitor extends BaseRecord {
  @Field(() => ID, { description: 'The event.' })
  @ManyToOne({ entity: () => AssociationEvent, mapToPk: true, fieldName: 'event_id' })
  eventId!: number;

  @Field(() => ID, { description: 'The entity exhibiting.' })
  @ManyToOne({ entity: () => AssociationEntity, mapToPk: true, fieldName: 'entity_id', index: true })
  entityId!: number;

  @Field(() => String, { nullable: true, description: 'What it shows, its stand, or other notes.' })
  @Property({ type: 'string', length: 300, nullable: true })
  notes?: string | null;
}
