import { AssociationUnitKind } from '@mujtama/shared/enums';
import { Field, ID, InputType } from 'type-graphql';
import { BaseFilter, VersionedInput } from '../../common/inputs';

@InputType({ description: 'A new body of the association.' })
export class CreateAssociationUnitInput {
  @Field(() => String, { description: 'Arabic name (2–150 characters).' })
  nameAr!: string;

  @Field(() => String, { nullable: true })
  nameEn?: string | null;

  @Field(() => AssociationUnitKind.values)
  kind!: AssociationUnitKind;

  @Field(() => ID, { nullable: true, description: 'The body it is part of.' })
  parentId?: string | null;

  @Field(() => String, { nullable: true })
  headTitle?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType({ description: 'Changes to a body of the association; fields left out stay as they are.' })
export class UpdateAssociationUnitInput extends VersionedInput {
  @Field(() => String, { nullable: true })
  nameAr?: string;

  @Field(() => String, { nullable: true })
  nameEn?: string | null;

  @Field(() => AssociationUnitKind.values, { nullable: true })
  kind?: AssociationUnitKind;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;

  @Field(() => String, { nullable: true })
  headTitle?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType({ description: 'Which bodies of the association to list.' })
export class AssociationUnitFilter extends BaseFilter {
  @Field(() => AssociationUnitKind.values, { nullable: true })
  kind?: AssociationUnitKind;

  @Field(() => ID, { nullable: true })
  parentId?: string;
}
