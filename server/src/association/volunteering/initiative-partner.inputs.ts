import { Field, ID, InputType } from 'type-graphql';
import { BaseFilter, VersionedInput } from '../../common/inputs';

@InputType({ description: 'A partner body cooperating in an initiative.' })
export class CreateInitiativePartnerInput {
  @Field(() => ID, { description: 'The initiative.' })
  initiativeId!: string;

  @Field(() => ID, { description: 'The partner body; once per initiative.' })
  partnerId!: string;

  @Field(() => String, { nullable: true, description: 'What it contributed.' })
  contribution?: string | null;
}

@InputType({ description: 'Changes to a partner’s part in an initiative; fields left out stay as they are.' })
export class UpdateInitiativePartnerInput extends VersionedInput {
  @Field(() => ID, { nullable: true, description: 'The initiative.' })
  initiativeId?: string;

  @Field(() => ID, { nullable: true, description: 'The partner body.' })
  partnerId?: string;

  @Field(() => String, { nullable: true, description: 'What it contributed.' })
  contribution?: string | null;
}

@InputType({ description: 'Which initiative partners to list.' })
export class InitiativePartnerFilter extends BaseFilter {
  @Field(() => ID, { nullable: true, description: 'Partners of this initiative.' })
  initiativeId?: string;

  @Field(() => ID, { nullable: true, description: 'Initiatives of this partner.' })
  partnerId?: string;
}
