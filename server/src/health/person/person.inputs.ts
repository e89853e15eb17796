import { Gender, PersonRole } from '@mujtama/shared/enums';
import { Field, InputType, Int } from 'type-graphql';
import { BaseFilter, VersionedInput } from '../../common/inputs';

@InputType({ description: 'A new person.' })
export class CreatePersonInput {
  @Field(() => String)
  nameAr!: string;

  @Field(() => String, { nullable: true })
  nameEn?: string | null;

  @Field(() => Gender.values)
  gender!: Gender;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => Int, { nullable: true })
  birthYear?: number | null;

  @Field(() => [PersonRole.values], { defaultValue: [] })
  roles!: PersonRole[];

  @Field(() => String, { nullable: true })
  notes?: string | null;
}

@InputType({ description: 'Changes to a person; fields left out stay as they are.' })
export class UpdatePersonInput extends VersionedInput {
  @Field(() => String, { nullable: true })
  nameAr?: string;

  @Field(() => String, { nullable: true })
  nameEn?: string | null;

  @Field(() => Gender.values, { nullable: true })
  gender?: Gender;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => Int, { nullable: true })
  birthYear?: number | null;

  @Field(() => [PersonRole.values], { nullable: true })
  roles?: PersonRole[];

  @Field(() => String, { nullable: true })
  notes?: string | null;
}

@InputType({ description: 'Which people to list.' })
export class PersonFilter extends BaseFilter {
  @Field(() => Gender.values, { nullable: true })
  gender?: Gender;

  @Field(() => PersonRole.values, { nullable: true, description: 'People holding this role.' })
  role?: PersonRole;
}
