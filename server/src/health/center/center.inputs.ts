import { HealthCenterKind } from '@mujtama/shared/enums';
import { Field, ID, InputType } from 'type-graphql';
import { BaseFilter, VersionedInput } from '../../common/inputs';

@InputType({ description: 'A new health center.' })
export class CreateHealthCenterInput {
  @Field(() => String, { description: 'Arabic name (2–150 characters).' })
  nameAr!: string;

  @Field(() => String, { nullable: true })
  nameEn?: string | null;

  @Field(() => ID)
  districtId!: string;

  @Field(() => HealthCenterKind.values, { defaultValue: HealthCenterKind.values.PRIMARY_CARE_CENTER })
  kind!: HealthCenterKind;

  @Field(() => String, { nullable: true, description: 'A Saudi phone number.' })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => Boolean, { defaultValue: true })
  active!: boolean;
}

@InputType({ description: 'Changes to a health center; fields left out stay as they are.' })
export class UpdateHealthCenterInput extends VersionedInput {
  @Field(() => String, { nullable: true })
  nameAr?: string;

  @Field(() => String, { nullable: true })
  nameEn?: string | null;

  @Field(() => ID, { nullable: true })
  districtId?: string;

  @Field(() => HealthCenterKind.values, { nullable: true })
  kind?: HealthCenterKind;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean;
}

@InputType({ description: 'Which health centers to list.' })
export class HealthCenterFilter extends BaseFilter {
  @Field(() => ID, { nullable: true })
  districtId?: string;

  @Field(() => HealthCenterKind.values, { nullable: true })
  kind?: HealthCenterKind;

  @Field(() => Boolean, { nullable: true })
  active?: boolean;
}
