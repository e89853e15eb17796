import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { associationResources } from '@mujtama/shared/resources';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseRecord } from '../../common/base.entity';
import { Person } from '../../health/person/person.entity';
import { CommitteeMeeting } from './committee-meeting.entity';

@ObjectType({ description: associationResources.CommitteeMeetingAttendee.description })
@Entity({ tableName: 'committee_meeting_attendee' })
@Unique({ properties: ['meetingId', 'personId'] })
export class CommitteeMeetingAttendee extends BaseRecord {
  @Field(() => ID, { description: 'The meeting.' })
  @ManyToOne({ entity: () => CommitteeMeeting, mapToPk: true, fieldName: 'meeting_id' })
  meetingId!: number;

  @Field(() => ID, { description: 'The person who attended: a member, a center manager or a guest.' })
  @ManyToOne({ entity: () => Person, mapToPk: true, fieldName: 'person_id', index: true })
  personId!: number;

  @Field(() => String, { nullable: true, description: 'In what capacity they attended, if worth noting.' })
  @Property({ type: 'string', length: 300, nullable: true })
  notes?: string | null;
}
