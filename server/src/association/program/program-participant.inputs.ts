import { Field, ID, InputType } from 'type-graphql';
import { BaseFilter, VersionedInput } from '../../common/inputs';
import { LocalDate } from '../../common/local-date.scalar';

@InputType({ description: 'An entity newly taking part in a program.' })
export class CreateProgramParticipantInput {
  @Field(() => ID, { description: 'The program.' })
  programId!: string;

  @Field(() => ID, { description: 'The entity.' })
  entityId!: string;

  @Field(() => LocalDate, { nullable: true, description: 'When it joined.' })
  joinedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Notes.' })
  notes?: string | null;
}

@InputType({ description: 'Changes to an entity’s part in a program.' })
export class UpdateProgramParticipantInput extends VersionedInput {
  @Field(() => ID, { nullable: true, description: 'The program.' })
  programId?: string;

  @Field(() => ID, { nullable: true, description: 'The entity.' })
  entityId?: string;

  @Field(() => LocalDate, { nullable: true, description: 'When it joined.' })
  joinedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Notes.' })
  notes?: string | null;
}

@InputType({ description: 'Which program participants to list.' })
export class ProgramParticipantFilter extends BaseFilter {
  @Field(() => ID, { nullable: true, description: 'Participants of this program.' })
  programId?: string;

  @Field(() => ID, { nullable: true, description: 'The programs of this entity.' })
  entityId?: string;
}
