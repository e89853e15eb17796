import { Field, ID, InputType } from 'type-graphql';
import { BaseFilter, VersionedInput } from '../../common/inputs';
import { LocalDate } from '../../common/local-date.scalar';

@InputType({ description: 'A meeting a committee held or will hold.' })
export class CreateCommitteeMeetingInput {
  @Field(() => ID, { description: 'The committee.' })
  committeeId!: string;

  @Field(() => LocalDate, { description: 'The day of the meeting.' })
  heldOn!: string;

  @Field(() => String, { nullable: true, description: 'Where it met.' })
  location?: string | null;

  @Field(() => String, { nullable: true, description: 'Agenda.' })
  agenda?: string | null;

  @Field(() => String, { nullable: true, description: 'Minutes.' })
  minutes?: string | null;

  @Field(() => String, { nullable: true, description: 'Decisions and recommendations.' })
  decisions?: string | null;
}

@InputType({ description: 'Changes to a committee meeting; fields left out stay as they are.' })
export class UpdateCommitteeMeetingInput extends VersionedInput {
  @Field(() => ID, { nullable: true, description: 'The committee.' })
  committeeId?: string;

  @Field(() => LocalDate, { nullable: true, description: 'The day of the meeting.' })
  heldOn?: string;

  @Field(() => String, { nullable: true, description: 'Where it met.' })
  location?: string | null;

  @Field(() => String, { nullable: true, description: 'Agenda.' })
  agenda?: string | null;

  @Field(() => String, { nullable: true, description: 'Minutes.' })
  minutes?: string | null;

  @Field(() => String, { nullable: true, description: 'Decisions and recommendations.' })
  decisions?: string | null;
}

@InputType({ description: 'Which committee meetings to list.' })
export class CommitteeMeetingFilter extends BaseFilter {
  @Field(() => ID, { nullable: true, description: 'Meetings of this committee.' })
  committeeId?: string;

  @Field(() => ID, { nullable: true, description: 'Meetings of the committees of this program.' })
  programId?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Held on or after this day.' })
  heldOnFrom?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Held on or before this day.' })
  heldOnTo?: string;
}
