import { InitiativeStatus, SocialService } from '@mujtama/shared/enums';
import { Field, ID, InputType, Int } from 'type-graphql';
import { BaseFilter, VersionedInput } from '../../common/inputs';
import { LocalDate } from '../../common/local-date.scalar';

@InputType({ description: 'A new volunteer initiative.' })
export class CreateInitiativeInput {
  @Field(() => ID, { description: 'The program, one of volunteer initiatives.' })
  programId!: string;

  @Field(() => ID, { description: 'The volunteer team delivering it.' })
  teamId!: string;

  @Field(() => String, { description: 'Title (2–200 characters).' })
  title!: string;

  @Field(() => SocialService.values, { description: 'The social service delivered.' })
  service!: SocialService;

  @Field(() => String, { nullable: true, description: 'What is done, for whom.' })
  description?: string | null;

  @Field(() => LocalDate, { description: 'First day.' })
  startDate!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Last day, not before the first.' })
  endDate?: string | null;

  @Field(() => Int, { nullable: true, description: 'Beneficiaries reached.' })
  beneficiaries?: number | null;

  @Field(() => ID, { nullable: true, description: 'The supervising body, normally the volunteering unit.' })
  supervisingUnitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The supervising specialist.' })
  supervisorId?: string | null;

  @Field(() => InitiativeStatus.values, {
    defaultValue: InitiativeStatus.values.PLANNED,
    description: 'Where it stands.',
  })
  status!: InitiativeStatus;

  @Field(() => ID, { nullable: true, description: 'The impact form measuring it.' })
  impactFormId?: string | null;
}

@InputType({ description: 'Changes to an initiative; fields left out stay as they are.' })
export class UpdateInitiativeInput extends VersionedInput {
  @Field(() => ID, { nullable: true, description: 'The program.' })
  programId?: string;

  @Field(() => ID, { nullable: true, description: 'The volunteer team.' })
  teamId?: string;

  @Field(() => String, { nullable: true, description: 'Title.' })
  title?: string;

  @Field(() => SocialService.values, { nullable: true, description: 'The social service delivered.' })
  service?: SocialService;

  @Field(() => String, { nullable: true, description: 'What is done, for whom.' })
  description?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'First day.' })
  startDate?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Last day.' })
  endDate?: string | null;

  @Field(() => Int, { nullable: true, description: 'Beneficiaries reached.' })
  beneficiaries?: number | null;

  @Field(() => ID, { nullable: true, description: 'The supervising body.' })
  supervisingUnitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The supervising specialist.' })
  supervisorId?: string | null;

  @Field(() => InitiativeStatus.values, { nullable: true, description: 'Where it stands.' })
  status?: InitiativeStatus;

  @Field(() => ID, { nullable: true, description: 'The impact form measuring it.' })
  impactFormId?: string | null;
}

@InputType({ description: 'Which initiatives to list.' })
export class InitiativeFilter extends BaseFilter {
  @Field(() => ID, { nullable: true, description: 'Initiatives of this program.' })
  programId?: string;

  @Field(() => ID, { nullable: true, description: 'Initiatives of this team.' })
  teamId?: string;

  @Field(() => SocialService.values, { nullable: true, description: 'Initiatives delivering this service.' })
  service?: SocialService;

  @Field(() => InitiativeStatus.values, { nullable: true, description: 'Initiatives in this status.' })
  status?: InitiativeStatus;

  @Field(() => ID, { nullable: true, description: 'Initiatives this partner cooperated in.' })
  partnerId?: string;

  @Field(() => ID, { nullable: true, description: 'Initiatives this volunteer took part in.' })
  volunteerId?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Started on or after this day.' })
  startDateFrom?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Started on or before this day.' })
  startDateTo?: string;
}
