import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { CommitteeRole } from '@mujtama/shared/enums';
import { associationResources } from '@mujtama/shared/resources';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseRecord } from '../../common/base.entity';
import { LocalDate } from '../../common/local-date.scalar';
import { Person } from '../../health/person/person.entity';
import { Committee } from './committee.entity';

@ObjectType({ description: associationResources.CommitteeMember.description })
@Entity({ tableName: 'committee_member' })
@Unique({ properties: ['committeeId', 'personId'] })
export class CommitteeMember extends BaseRecord {
  @Field(() => ID, { description: 'The committee.' })
  @ManyToOne({ entity: () => Committee, mapToPk: true, fieldName: 'committee_id' })
  committeeId!: number;

  @Field(() => ID, { description: 'The person sitting on it.' })
  @ManyToOne({ entity: () => Person, mapToPk: true, fieldName: 'person_id', index: true })
  personId!: number;

  @Field(() => CommitteeRole.values, { description: 'Chair, secretary or member.' })
  @Property({ type: 'string', length: 20 })
  role!: CommitteeRole;

  @Field(() => LocalDate, { nullable: true, description: 'On the committee since this day.' })
  @Property({ type: 'date', nullable: true })
  since?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Left the committee on this day.' })
  @Property({ type: 'date', nullable: true })
  until?: string | null;
}
