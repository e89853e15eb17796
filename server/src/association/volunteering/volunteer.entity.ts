import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { VolunteerSkill } from '@mujtama/shared/enums';
import { associationResources } from '@mujtama/shared/resources';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseRecord } from '../../common/base.entity';
import { EnumListType } from '../../common/enum-list.type';
import { LocalDate } from '../../common/local-date.scalar';
import { Person } from '../../health/person/person.entity';

/** The person's name and contact stay on `Person`; this record holds what volunteering adds. */
@ObjectType({ description: associationResources.Volunteer.description })
@Entity({ tableName: 'volunteer' })
export class Volunteer extends BaseRecord {
  @Field(() => ID, { description: 'The person volunteering; one volunteer record per person.' })
  @ManyToOne({ entity: () => Person, mapToPk: true, fieldName: 'person_id', unique: true })
  personId!: number;

  @Field(() => LocalDate, { nullable: true, description: 'When they started volunteering.' })
  @Property({ type: 'date', nullable: true })
  joinedOn?: string | null;

  @Field(() => [VolunteerSkill.values], { description: 'What they can bring to an initiative.' })
  @Property({ type: EnumListType, default: '' })
  skills: VolunteerSkill[] = [];

  @Field(() => String, { nullable: true, description: 'Other skills, in their own words.' })
  @Property({ type: 'string', length: 300, nullable: true })
  skillsNote?: string | null;

  @Field(() => String, { nullable: true, description: 'Notes.' })
  @Property({ type: 'text', nullable: true })
  notes?: string | null;
}
