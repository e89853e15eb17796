import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { healthResources } from '@mujtama/shared/resources';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseRecord } from '../../common/base.entity';
import { LocalDate } from '../../common/local-date.scalar';
import { ProgramOffering } from '../offering/offering.entity';
import { RosterEntry } from '../roster/roster.entity';

@ObjectType({ description: healthResources.GroupMeeting.description })
@Entity({ tableName: 'group_meeting' })
export class GroupMeeting extends BaseRecord {
  @Field(() => ID, { description: 'The interest group (an offering of the INTEREST_GROUP program).' })
  @ManyToOne({ entity: () => ProgramOffering, mapToPk: true, fieldName: 'offering_id', index: true })
  offeringId!: number;

  @Field(() => LocalDate, { description: 'The day of the meeting.' })
  @Property({ type: 'date' })
  heldOn!: string;

  @Field(() => String, { description: 'What the meeting was about, e.g. العناية بالقدم السكرية.' })
  @Property({ type: 'string', length: 200 })
  topic!: string;

  @Field(() => String, { nullable: true, description: 'What was shared and agreed.' })
  @Property({ type: 'text', nullable: true })
  notes?: string | null;
}

@ObjectType({ description: healthResources.MeetingAttendance.description })
@Entity({ tableName: 'meeting_attendance' })
@Unique({ properties: ['meetingId', 'rosterEntryId'] })
export class MeetingAttendance extends BaseRecord {
  @Field(() => ID, { description: 'The meeting.' })
  @ManyToOne({ entity: () => GroupMeeting, mapToPk: true, fieldName: 'meeting_id' })
  meetingId!: number;

  @Field(() => ID, { description: 'The member, as an entry of the group’s roster.' })
  @ManyToOne({ entity: () => RosterEntry, mapToPk: true, fieldName: 'roster_entry_id', index: true })
  rosterEntryId!: number;

  @Field(() => Boolean, { description: 'Whether the member came.' })
  @Property({ type: 'boolean', default: true })
  present: boolean = true;

  @Field(() => String, { nullable: true, description: 'A short note, e.g. why the member was absent.' })
  @Property({ type: 'string', length: 300, nullable: true })
  notes?: string | null;
}
