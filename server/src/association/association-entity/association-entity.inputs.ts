import { AssociationEntityKind } from '@mujtama/shared/enums';
import { Field, ID, InputType } from 'type-graphql';
import { BaseFilter, VersionedInput } from '../../common/inputs';

@InputType({ description: 'A new entity of the association.' })
export class CreateAssociationEntityInput {
  @Field(() => String, { description: 'Arabic name (2–150 characters), unique among the entities.' })
  nameAr!: string;

  @Field(() => String, { nullable: true, description: 'English name.' })
  nameEn?: string | null;

  @Field(() => AssociationEntityKind.values, { description: 'The kind of entity.' })
  kind!: AssociationEntityKind;

  @Field(() => ID, { nullable: true, description: 'The district it serves.' })
  districtId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The neighborhood center a forum or a team belongs to; only forums and teams have one.',
  })
  centerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The person managing it.' })
  managerId?: string | null;

  @Field(() => String, { nullable: true, description: 'A Saudi phone number.' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact email.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Street address or directions.' })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'What the entity does.' })
  description?: string | null;

  @Field(() => Boolean, { defaultValue: true, description: 'Whether it is active.' })
  active!: boolean;
}

@InputType({ description: 'Changes to an entity; fields left out stay as they are.' })
export class UpdateAssociationEntityInput extends VersionedInput {
  @Field(() => String, { nullable: true, description: 'Arabic name.' })
  nameAr?: string;

  @Field(() => String, { nullable: true, description: 'English name.' })
  nameEn?: string | null;

  @Field(() => AssociationEntityKind.values, { nullable: true, description: 'The kind of entity.' })
  kind?: AssociationEntityKind;

  @Field(() => ID, { nullable: true, description: 'The district it serves.' })
  districtId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The neighborhood center a forum or a team belongs to.' })
  centerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The person managing it.' })
  managerId?: string | null;

  @Field(() => String, { nullable: true, description: 'A Saudi phone number.' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact email.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Street address or directions.' })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'What the entity does.' })
  description?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether it is active.' })
  active?: boolean;
}

@InputType({
  description: 'The same change applied to many entities at once; fields left out stay as they are.',
})
export class BulkUpdateAssociationEntitiesInput {
  @Field(() => AssociationEntityKind.values, { nullable: true, description: 'The kind of entity.' })
  kind?: AssociationEntityKind;

  @Field(() => ID, { nullable: true, description: 'The district they serve.' })
  districtId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The neighborhood center the forums or teams belong to.' })
  centerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The person managing them.' })
  managerId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether they are active.' })
  active?: boolean;
}

@InputType({ description: 'Which entities to list.' })
export class AssociationEntityFilter extends BaseFilter {
  @Field(() => AssociationEntityKind.values, { nullable: true, description: 'Entities of this kind.' })
  kind?: AssociationEntityKind;

  @Field(() => [AssociationEntityKind.values], {
    nullable: true,
    description: 'Entities of any of these kinds.',
  })
  kinds?: AssociationEntityKind[];

  @Field(() => ID, { nullable: true, description: 'Entities serving this district.' })
  districtId?: string;

  @Field(() => ID, { nullable: true, description: 'The forums and teams of this neighborhood center.' })
  centerId?: string;

  @Field(() => ID, { nullable: true, description: 'Entities managed by this person.' })
  managerId?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only active (true) or only inactive (false) ones.' })
  active?: boolean;

  @Field(() => ID, { nullable: true, description: 'Entities taking part in this program.' })
  programId?: string;

  @Field(() => ID, { nullable: true, description: 'Centers in this visit group.' })
  visitGroupId?: string;
}
