import { Field, ID, InputType } from 'type-graphql';
import { BaseFilter, VersionedInput } from '../../common/inputs';

@InputType({ description: 'A person recorded as attending a committee meeting.' })
export class CreateCommitteeMeetingAttendeeInput {
  @Field(() => ID, { description: 'The meeting.' })
  meetingId!: string;

  @Field(() => ID, { description: 'The person; once per meeting.' })
  personId!: string;

  @Field(() => String, { nullable: true, description: 'In what capacity they attended.' })
  notes?: string | null;
}

@InputType({ description: 'Changes to a meeting attendance; fields left out stay as they are.' })
export class UpdateCommitteeMeetingAttendeeInput extends VersionedInput {
  @Field(() => ID, { nullable: true, description: 'The meeting.' })
  meetingId?: string;

  @Field(() => ID, { nullable: true, description: 'The person.' })
  personId?: string;

  @Field(() => String, { nullable: true, description: 'In what capacity they attended.' })
  notes?: string | null;
}

@InputType({ description: 'Which meeting attendances to list.' })
export class CommitteeMeetingAttendeeFilter extends BaseFilter {
  @Field(() => ID, { nullable: true, description: 'Attendees of this meeting.' })
  meetingId?: string;

  @Field(() => ID, { nullable: true, description: 'Meetings this person attended.' })
  personId?: string;
}
