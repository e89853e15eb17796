import { Field, ID, InputType } from 'type-graphql';
import { BaseFilter, VersionedInput } from '../../common/inputs';
import { LocalDate } from '../../common/local-date.scalar';

@InputType({ description: 'A meeting of an interest group.' })
export class CreateGroupMeetingInput {
  @Field(() => ID, { description: 'An interest group (an offering of the INTEREST_GROUP program).' })
  offeringId!: string;

  @Field(() => LocalDate)
  heldOn!: string;

  @Field(() => String, { description: 'What the meeting is about (2–200 characters).' })
  topic!: string;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}

@InputType({ description: 'Changes to a group meeting; fields left out stay as they are.' })
export class UpdateGroupMeetingInput extends VersionedInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Another interest group; only while the meeting has no attendance recorded.',
  })
  offeringId?: string;

  @Field(() => LocalDate, { nullable: true })
  heldOn?: string;

  @Field(() => String, { nullable: true })
  topic?: string;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}

@InputType({ description: 'Which group meetings to list.' })
export class GroupMeetingFilter extends BaseFilter {
  @Field(() => ID, { nullable: true })
  offeringId?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Held on or after this day.' })
  heldOnFrom?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Held on or before this day.' })
  heldOnTo?: string;
}

@InputType({ description: 'Whether one member of the group attended a meeting.' })
export class CreateMeetingAttendanceInput {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => ID, {
    description: 'An entry of the roster of the meeting’s group; each member once per meeting.',
  })
  rosterEntryId!: string;

  @Field(() => Boolean, { defaultValue: true })
  present!: boolean;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}

@InputType({ description: 'Changes to a meeting attendance; fields left out stay as they are.' })
export class UpdateMeetingAttendanceInput extends VersionedInput {
  @Field(() => ID, { nullable: true })
  meetingId?: string;

  @Field(() => ID, { nullable: true })
  rosterEntryId?: string;

  @Field(() => Boolean, { nullable: true })
  present?: boolean;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}

@InputType({ description: 'Which meeting attendances to list.' })
export class MeetingAttendanceFilter extends BaseFilter {
  @Field(() => ID, { nullable: true })
  meetingId?: string;

  @Field(() => ID, { nullable: true })
  rosterEntryId?: string;

  @Field(() => Boolean, { nullable: true })
  present?: boolean;
}
