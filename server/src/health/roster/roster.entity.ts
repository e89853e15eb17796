import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { RosterRole } from '@mujtama/shared/enums';
import { healthResources } from '@mujtama/shared/resources';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseRecord } from '../../common/base.entity';
import { LocalDate } from '../../common/local-date.scalar';
import { ProgramOffering } from '../offering/offering.entity';
import { Person } from '../person/person.entity';

@ObjectType({ description: healthResources.RosterEntry.description })
@Entity({ tableName: 'roster_entry' })
export class RosterEntry extends BaseRecord {
  @Field(() => ID, { description: 'The program offering.' })
  @ManyToOne({ entity: () => ProgramOffering, mapToPk: true, fieldName: 'offering_id', index: true })
  offeringId!: number;

  @Field(() => ID, { description: 'The person on the roster.' })
  @ManyToOne({ entity: () => Person, mapToPk: true, fieldName: 'person_id', index: true })
  personId!: number;

  @Field(() => RosterRole.values, { description: 'The part the person plays in the program.' })
  @Property({ type: 'string', length: 30 })
  role!: RosterRole;

  @Field(() => LocalDate, { nullable: true, description: 'On the roster since this day.' })
  @Property({ type: 'date', nullable: true })
  since?: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Left the roster on this day; empty while current.',
  })
  @Property({ type: 'date', nullable: true })
  until?: string | null;

  @Field(() => String, { nullable: true, description: 'Short notes on this membership.' })
  @Property({ type: 'string', length: 300, nullable: true })
  notes?: string | null;
}
