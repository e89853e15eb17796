import { PartnerSector } from '@mujtama/shared/enums';
import { Field, InputType } from 'type-graphql';
import { BaseFilter, VersionedInput } from '../../common/inputs';

@InputType({ description: 'A new partner body.' })
export class CreatePartnerInput {
  @Field(() => String, { description: 'Arabic name, unique.' })
  nameAr!: string;

  @Field(() => String, { nullable: true, description: 'English name.' })
  nameEn?: string | null;

  @Field(() => PartnerSector.values, { description: 'Government, private sector or non-profit.' })
  sector!: PartnerSector;

  @Field(() => String, { nullable: true, description: 'Who to contact.' })
  contactName?: string | null;

  @Field(() => String, { nullable: true, description: 'A Saudi phone number.' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact email.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Notes.' })
  notes?: string | null;
}

@InputType({ description: 'Changes to a partner body; fields left out stay as they are.' })
export class UpdatePartnerInput extends VersionedInput {
  @Field(() => String, { nullable: true, description: 'Arabic name.' })
  nameAr?: string;

  @Field(() => String, { nullable: true, description: 'English name.' })
  nameEn?: string | null;

  @Field(() => PartnerSector.values, { nullable: true, description: 'The sector.' })
  sector?: PartnerSector;

  @Field(() => String, { nullable: true, description: 'Who to contact.' })
  contactName?: string | null;

  @Field(() => String, { nullable: true, description: 'A Saudi phone number.' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact email.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Notes.' })
  notes?: string | null;
}

@InputType({ description: 'Which partner bodies to list.' })
export class PartnerFilter extends BaseFilter {
  @Field(() => PartnerSector.values, { nullable: true, description: 'Bodies of this sector.' })
  sector?: PartnerSector;
}
