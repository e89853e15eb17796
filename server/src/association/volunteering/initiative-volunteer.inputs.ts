import { Field, Float, ID, InputType } from 'type-graphql';
import { BaseFilter, VersionedInput } from '../../common/inputs';

@InputType({ description: 'A volunteer taking part in an initiative.' })
export class CreateInitiativeVolunteerInput {
  @Field(() => ID, { description: 'The initiative.' })
  initiativeId!: string;

  @Field(() => ID, { description: 'The volunteer; once per initiative.' })
  volunteerId!: string;

  @Field(() => Float, { defaultValue: 0, description: 'Hours given (0–2000).' })
  hours!: number;

  @Field(() => String, { nullable: true, description: 'What they did.' })
  notes?: string | null;
}

@InputType({
  description: 'Changes to a volunteer’s part in an initiative; fields left out stay as they are.',
})
export class UpdateInitiativeVolunteerInput extends VersionedInput {
  @Field(() => ID, { nullable: true, description: 'The initiative.' })
  initiativeId?: string;

  @Field(() => ID, { nullable: true, description: 'The volunteer.' })
  volunteerId?: string;

  @Field(() => Float, { nullable: true, description: 'Hours given.' })
  hours?: number;

  @Field(() => String, { nullable: true, description: 'What they did.' })
  notes?: string | null;
}

@InputType({ description: 'Which initiative volunteers to list.' })
export class InitiativeVolunteerFilter extends BaseFilter {
  @Field(() => ID, { nullable: true, description: 'Volunteers of this initiative.' })
  initiativeId?: string;

  @Field(() => ID, { nullable: true, description: 'Initiatives of this volunteer.' })
  volunteerId?: string;
}
