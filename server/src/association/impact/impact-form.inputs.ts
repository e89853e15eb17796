import { ImpactFormTarget } from '@mujtama/shared/enums';
import { Field, ID, InputType } from 'type-graphql';
import { BaseFilter, VersionedInput } from '../../common/inputs';

@InputType({ description: 'A new impact form; its questions are added as ImpactQuestion records.' })
export class CreateImpactFormInput {
  @Field(() => String, { description: 'Title (2–200 characters).' })
  title!: string;

  @Field(() => ImpactFormTarget.values, { description: 'Filled for visits or for initiatives.' })
  target!: ImpactFormTarget;

  @Field(() => ID, { nullable: true, description: 'The program it belongs to.' })
  programId?: string | null;

  @Field(() => String, { nullable: true, description: 'What it measures.' })
  description?: string | null;
}

@InputType({ description: 'Changes to an impact form; fields left out stay as they are.' })
export class UpdateImpactFormInput extends VersionedInput {
  @Field(() => String, { nullable: true, description: 'Title.' })
  title?: string;

  @Field(() => ImpactFormTarget.values, {
    nullable: true,
    description: 'Filled for visits or for initiatives.',
  })
  target?: ImpactFormTarget;

  @Field(() => ID, { nullable: true, description: 'The program it belongs to.' })
  programId?: string | null;

  @Field(() => String, { nullable: true, description: 'What it measures.' })
  description?: string | null;
}

@InputType({ description: 'Which impact forms to list.' })
export class ImpactFormFilter extends BaseFilter {
  @Field(() => ImpactFormTarget.values, {
    nullable: true,
    description: 'Forms for visits or for initiatives.',
  })
  target?: ImpactFormTarget;

  @Field(() => ID, { nullable: true, description: 'Forms of this program.' })
  programId?: string;
}
