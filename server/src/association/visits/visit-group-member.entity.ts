import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { associationResources } from '@mujtama/shared/resources';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseRecord } from '../../common/base.entity';
import { AssociationEntity } from '../association-entity/association-entity.entity';
import { VisitGroup } from './visit-group.entity';

@ObjectType({ description: associationResources.VisitGroupMember.description })
@Entity({ tableName: 'visit_group_member' })
@Unique({ properties: ['groupId', 'entityId'] })
export class VisitGroupMember extends BaseRecord {
  @Field(() => ID, { description: 'The visit group.' })
  @ManyToOne({ entity: () => VisitGroup, mapToPk: true, fieldName: 'group_id' })
  groupId!: number;

  @Field(() => ID, { description: 'The neighborhood center.' })
  @ManyToOne({ entity: () => AssociationEntity, mapToPk: true, fieldName: 'entity_id', index: true })
  entityId!: number;

  @Field(() => Int, { description: 'Place in the group’s hosting order: the generated schedule follows it.' })
  @Property({ type: 'integer' })
  position!: number;
}
