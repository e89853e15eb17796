import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { associationResources } from '@mujtama/shared/resources';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseRecord } from '../../common/base.entity';
import { LocalDate } from '../../common/local-date.scalar';
import { Committee } from './committee.entity';

@ObjectType({ description: associationResources.CommitteeMeeting.description })
@Entity({ tableName: 'committee_meeting' })
export class CommitteeMeeting extends BaseRecord {
  @Field(() => ID, { description: 'The committee that met.' })
  @ManyToOne({ entity: () => Committee, mapToPk: true, fieldName: 'committee_id', index: true })
  committeeId!: number;

  @Field(() => LocalDate, { description: 'The day of the meeting.' })
  @Property({ type: 'date', index: true })
  heldOn!: string;

  @Field(() => String, { nullable: true, description: 'Where it met.' })
  @Property({ type: 'string', length: 300, nullable: true })
  location?: string | null;

  @Field(() => String, { nullable: true, description: 'The items on the agenda.' })
  @Property({ type: 'text', nullable: true })
  agenda?: string | null;

  @Field(() => String, { nullable: true, description: 'The minutes of the meeting.' })
  @Property({ type: 'text', nullable: true })
  minutes?: string | null;

  @Field(() => String, { nullable: true, description: 'The decisions and recommendations made.' })
  @Property({ type: 'text', nullable: true })
  decisions?: string | null;
}
