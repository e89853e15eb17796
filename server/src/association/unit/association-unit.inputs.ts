import { AssociationUnitKind } from '@mujtama/shared/enums';
import { Field, ID, InputType } from 'type-graphql';
import { BaseFilter, VersionedInput } from '../../common/inputs';

@InputType({ description: 'A new body of the association.' })
export class CreateAssociationUnitInput {
  @Field(() => String, { description: 'Arabic name (2–150 characters).' })
  nameAr!: string;

  @Field(() => String, { nullable: true, description: 'English name.' })
  nameEn?: string | null;

  @Field(() => AssociationUnitKind.values, { description: 'The association, or one of its bodies.' })
  kind!: AssociationUnitKind;

  @Field(() => ID, { nullable: true, description: 'The body it is part of.' })
  parentId?: string | null;

  @Field(() => String, { nullable: true, description: 'Who heads it, as a title.' })
  headTitle?: string | null;

  @Field(() => String, { nullable: true, description: 'What it does.' })
  description?: string | null;
}

@InputType({ description: 'Changes to a body of the association; fields left out stay as they are.' })
export class UpdateAssociationUnitInput extends VersionedInput {
  @Field(() => String, { nullable: true, description: 'Arabic name.' })
  nameAr?: string;

  @Field(() => String, { nullable: true, description: 'English name.' })
  nameEn?: string | null;

  @Field(() => AssociationUnitKind.values, {
    nullable: true,
    description: 'The association, or one of its bodies.',
  })
  kind?: AssociationUnitKind;

  @Field(() => ID, { nullable: true, description: 'The body it is part of.' })
  parentId?: string | null;

  @Field(() => String, { nullable: true, description: 'Who heads it, as a title.' })
  headTitle?: string | null;

  @Field(() => String, { nullable: true, description: 'What it does.' })
  description?: string | null;
}

@InputType({ description: 'Which bodies of the association to list.' })
export class AssociationUnitFilter extends BaseFilter {
  @Field(() => AssociationUnitKind.values, { nullable: true, description: 'Bodies of this kind.' })
  kind?: AssociationUnitKind;

  @Field(() => ID, { nullable: true, description: 'The bodies that are part of this one.' })
  parentId?: string;
}
