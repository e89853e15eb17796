import { AssociationProgramKind } from '@mujtama/shared/enums';
import { Field, ID, InputType } from 'type-graphql';
import { BaseFilter, VersionedInput } from '../../common/inputs';
import { LocalDate } from '../../common/local-date.scalar';

@InputType({ description: 'A new program of the association.' })
export class CreateAssociationProgramInput {
  @Field(() => String, { description: 'Arabic name, unique.' })
  nameAr!: string;

  @Field(() => String, { nullable: true, description: 'English name.' })
  nameEn?: string | null;

  @Field(() => AssociationProgramKind.values, {
    description: 'Visits between centers or volunteer initiatives.',
  })
  kind!: AssociationProgramKind;

  @Field(() => ID, { nullable: true, description: 'The body that plans and runs it.' })
  unitId?: string | null;

  @Field(() => String, { nullable: true, description: 'Goals.' })
  goals?: string | null;

  @Field(() => String, { nullable: true, description: 'How it is carried out.' })
  description?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'First day.' })
  startDate?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Last day, not before the first.' })
  endDate?: string | null;
}

@InputType({ description: 'Changes to a program; fields left out stay as they are.' })
export class UpdateAssociationProgramInput extends VersionedInput {
  @Field(() => String, { nullable: true, description: 'Arabic name.' })
  nameAr?: string;

  @Field(() => String, { nullable: true, description: 'English name.' })
  nameEn?: string | null;

  @Field(() => AssociationProgramKind.values, {
    nullable: true,
    description: 'Visits between centers or volunteer initiatives.',
  })
  kind?: AssociationProgramKind;

  @Field(() => ID, { nullable: true, description: 'The body that plans and runs it.' })
  unitId?: string | null;

  @Field(() => String, { nullable: true, description: 'Goals.' })
  goals?: string | null;

  @Field(() => String, { nullable: true, description: 'How it is carried out.' })
  description?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'First day.' })
  startDate?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Last day.' })
  endDate?: string | null;
}

@InputType({ description: 'Which programs to list.' })
export class AssociationProgramFilter extends BaseFilter {
  @Field(() => AssociationProgramKind.values, { nullable: true, description: 'Programs of this kind.' })
  kind?: AssociationProgramKind;

  @Field(() => ID, { nullable: true, description: 'Programs run by this body.' })
  unitId?: string;
}
