import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { associationResources } from '@mujtama/shared/resources';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { BaseRecord } from '../../common/base.entity';
import { Initiative } from './initiative.entity';
import { Volunteer } from './volunteer.entity';

@ObjectType({ description: associationResources.InitiativeVolunteer.description })
@Entity({ tableName: 'initiative_volunteer' })
@Unique({ properties: ['initiativeId', 'volunteerId'] })
export class InitiativeVolunteer extends BaseRecord {
  @Field(() => ID, { description: 'The initiative.' })
  @ManyToOne({ entity: () => Initiative, mapToPk: true, fieldName: 'initiative_id' })
  initiativeId!: number;

  @Field(() => ID, { description: 'The volunteer.' })
  @ManyToOne({ entity: () => Volunteer, mapToPk: true, fieldName: 'volunteer_id', index: true })
  volunteerId!: number;

  @Field(() => Float, { description: 'Volunteer hours given to the initiative.' })
  @Property({ type: 'double', runtimeType: 'number', default: 0 })
  hours: number = 0;

  @Field(() => String, { nullable: true, description: 'What they did, or other notes.' })
  @Property({ type: 'string', length: 300, nullable: true })
  notes?: string | null;
}
