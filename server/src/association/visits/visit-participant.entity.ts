import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { associationResources } from '@mujtama/shared/resources';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseRecord } from '../../common/base.entity';
import { AssociationEntity } from '../association-entity/association-entity.entity';
import { Visit } from './visit.entity';

@ObjectType({ description: associationResources.VisitParticipant.description })
@Entity({ tableName: 'visit_participant' })
@Unique({ properties: ['visitId', 'entityId'] })
export class VisitParticipant extends BaseRecord {
  @Field(() => ID, { description: 'The visit.' })
  @ManyToOne({ entity: () => Visit, mapToPk: true, fieldName: 'visit_id' })
  visitId!: number;

  @Field(() => ID, { description: 'The visiting entity.' })
  @ManyToOne({ entity: () => AssociationEntity, mapToPk: true, fieldName: 'entity_id', index: true })
  entityId!: number;

  @Field(() => String, { nullable: true, description: 'Who came from the entity, or other notes.' })
  @Property({ type: 'string', length: 300, nullable: true })
  notes?: string | null;
}
