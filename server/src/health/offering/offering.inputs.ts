import { InterestGroupTopic, OfferingStatus, ProgramKind } from '@mujtama/shared/enums';
import { Field, ID, InputType } from 'type-graphql';
import { BaseFilter, VersionedInput } from '../../common/inputs';
import { LocalDate } from '../../common/local-date.scalar';

@InputType({ description: 'A program newly run at a center.' })
export class CreateProgramOfferingInput {
  @Field(() => ID)
  centerId!: string;

  @Field(() => ProgramKind.values)
  kind!: ProgramKind;

  @Field(() => InterestGroupTopic.values, {
    nullable: true,
    description: 'Required for interest groups, not allowed otherwise.',
  })
  topic?: InterestGroupTopic | null;

  @Field(() => OfferingStatus.values, { defaultValue: OfferingStatus.values.ACTIVE })
  status!: OfferingStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Display title; generated from the program and center when blank.',
  })
  nameAr?: string | null;

  @Field(() => LocalDate, { nullable: true })
  startDate?: string | null;

  @Field(() => LocalDate, { nullable: true })
  endDate?: string | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}

@InputType({ description: 'Changes to a program offering; fields left out stay as they are.' })
export class UpdateProgramOfferingInput extends VersionedInput {
  @Field(() => ID, { nullable: true })
  centerId?: string;

  @Field(() => ProgramKind.values, { nullable: true })
  kind?: ProgramKind;

  @Field(() => InterestGroupTopic.values, { nullable: true })
  topic?: InterestGroupTopic | null;

  @Field(() => OfferingStatus.values, { nullable: true })
  status?: OfferingStatus;

  @Field(() => String, { nullable: true })
  nameAr?: string | null;

  @Field(() => LocalDate, { nullable: true })
  startDate?: string | null;

  @Field(() => LocalDate, { nullable: true })
  endDate?: string | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}

@InputType({ description: 'Which program offerings to list.' })
export class ProgramOfferingFilter extends BaseFilter {
  @Field(() => ID, { nullable: true })
  centerId?: string;

  @Field(() => ID, { nullable: true, description: 'Offerings of the centers in this district.' })
  districtId?: string;

  @Field(() => ProgramKind.values, { nullable: true })
  kind?: ProgramKind;

  @Field(() => InterestGroupTopic.values, { nullable: true })
  topic?: InterestGroupTopic;

  @Field(() => OfferingStatus.values, { nullable: true })
  status?: OfferingStatus;

  @Field(() => LocalDate, { nullable: true, description: 'Started on or after this day.' })
  startDateFrom?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Started on or before this day.' })
  startDateTo?: string;
}
