import { Field, InputType } from 'type-graphql';
import { BaseFilter, VersionedInput } from '../../common/inputs';

@InputType({ description: 'A new district.' })
export class CreateDistrictInput {
  @Field(() => String, { description: 'Arabic name (2–150 characters).' })
  nameAr!: string;

  @Field(() => String, { nullable: true, description: 'English name.' })
  nameEn?: string | null;
}

@InputType({ description: 'Changes to a district; fields left out stay as they are.' })
export class UpdateDistrictInput extends VersionedInput {
  @Field(() => String, { nullable: true })
  nameAr?: string;

  @Field(() => String, { nullable: true })
  nameEn?: string | null;
}

@InputType({ description: 'Which districts to list.' })
export class DistrictFilter extends BaseFilter {}
