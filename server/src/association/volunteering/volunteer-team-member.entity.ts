import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { TeamRole } from '@mujtama/shared/enums';
import { associationResources } from '@mujtama/shared/resources';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseRecord } from '../../common/base.entity';
import { LocalDate } from '../../common/local-date.scalar';
import { AssociationEntity } from '../association-entity/association-entity.entity';
import { Volunteer } from './volunteer.entity';

@ObjectType({ description: associationResources.VolunteerTeamMember.description })
@Entity({ tableName: 'volunteer_team_member' })
@Unique({ properties: ['volunteerId', 'teamId'] })
export class VolunteerTeamMember extends BaseRecord {
  @Field(() => ID, { description: 'The volunteer.' })
  @ManyToOne({ entity: () => Volunteer, mapToPk: true, fieldName: 'volunteer_id' })
  volunteerId!: number;

  @Field(() => ID, { description: 'The volunteer team (an entity of kind VOLUNTEER_TEAM).' })
  @ManyToOne({ entity: () => AssociationEntity, mapToPk: true, fieldName: 'team_id', index: true })
  teamId!: number;

  @Field(() => TeamRole.values, { description: 'Team leader or member.' })
  @Property({ type: 'string', length: 20 })
  role!: TeamRole;

  @Field(() => LocalDate, { nullable: true, description: 'On the team since this day.' })
  @Property({ type: 'date', nullable: true })
  since?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Left the team on this day.' })
  @Property({ type: 'date', nullable: true })
  until?: string | null;
}
