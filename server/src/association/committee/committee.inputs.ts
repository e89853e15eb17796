import { CommitteeKind } from '@mujtama/shared/enums';
import { Field, ID, InputType } from 'type-graphql';
import { BaseFilter, VersionedInput } from '../../common/inputs';

@InputType({ description: 'A new committee of a program.' })
export class CreateCommitteeInput {
  @Field(() => ID, { description: 'The program it carries out.' })
  programId!: string;

  @Field(() => CommitteeKind.values, { description: 'Supervision, execution or follow-up.' })
  kind!: CommitteeKind;

  @Field(() => String, { description: 'Arabic name, unique within the program.' })
  nameAr!: string;

  @Field(() => String, { nullable: true, description: 'What it is charged with.' })
  mandate?: string | null;
}

@InputType({ description: 'Changes to a committee; fields left out stay as they are.' })
export class UpdateCommitteeInput extends VersionedInput {
  @Field(() => ID, { nullable: true, description: 'The program it carries out.' })
  programId?: string;

  @Field(() => CommitteeKind.values, { nullable: true, description: 'Supervision, execution or follow-up.' })
  kind?: CommitteeKind;

  @Field(() => String, { nullable: true, description: 'Arabic name.' })
  nameAr?: string;

  @Field(() => String, { nullable: true, description: 'What it is charged with.' })
  mandate?: string | null;
}

@InputType({ description: 'Which committees to list.' })
export class CommitteeFilter extends BaseFilter {
  @Field(() => ID, { nullable: true, description: 'Committees of this program.' })
  programId?: string;

  @Field(() => CommitteeKind.values, { nullable: true, description: 'Committees charged with this.' })
  kind?: CommitteeKind;
}
