import { ActionStatus, PlanStatus, PriorityStatus } from '@mujtama/shared/enums';
import { Field, ID, InputType, Int } from 'type-graphql';
import { BaseFilter, VersionedInput } from '../../common/inputs';
import { LocalDate } from '../../common/local-date.scalar';

@InputType({ description: 'A health priority a community-empowerment team set with the community.' })
export class CreateEmpowermentPriorityInput {
  @Field(() => ID, { description: 'A community-empowerment team (an offering of that program).' })
  offeringId!: string;

  @Field(() => String, { description: '2–200 characters.' })
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Int, { nullable: true, description: '1 for the first priority (1–100).' })
  rank?: number | null;

  @Field(() => PriorityStatus.values, { defaultValue: PriorityStatus.values.PROPOSED })
  status!: PriorityStatus;
}

@InputType({ description: 'Changes to an empowerment priority; fields left out stay as they are.' })
export class UpdateEmpowermentPriorityInput extends VersionedInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Another team; only while no action plan acts on the priority.',
  })
  offeringId?: string;

  @Field(() => String, { nullable: true })
  title?: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Int, { nullable: true })
  rank?: number | null;

  @Field(() => PriorityStatus.values, { nullable: true })
  status?: PriorityStatus;
}

@InputType({ description: 'Which empowerment priorities to list.' })
export class EmpowermentPriorityFilter extends BaseFilter {
  @Field(() => ID, { nullable: true })
  offeringId?: string;

  @Field(() => PriorityStatus.values, { nullable: true })
  status?: PriorityStatus;
}

@InputType({ description: 'A community-empowerment team’s plan.' })
export class CreateActionPlanInput {
  @Field(() => ID, { description: 'A community-empowerment team (an offering of that program).' })
  offeringId!: string;

  @Field(() => ID, { nullable: true, description: 'A priority of the same team.' })
  priorityId?: string | null;

  @Field(() => String, { description: '2–200 characters.' })
  title!: string;

  @Field(() => PlanStatus.values, { defaultValue: PlanStatus.values.DRAFT })
  status!: PlanStatus;

  @Field(() => LocalDate, { nullable: true })
  startDate?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Not before the start date.' })
  endDate?: string | null;
}

@InputType({ description: 'Changes to an action plan; fields left out stay as they are.' })
export class UpdateActionPlanInput extends VersionedInput {
  @Field(() => ID, { nullable: true })
  offeringId?: string;

  @Field(() => ID, { nullable: true })
  priorityId?: string | null;

  @Field(() => String, { nullable: true })
  title?: string;

  @Field(() => PlanStatus.values, { nullable: true })
  status?: PlanStatus;

  @Field(() => LocalDate, { nullable: true })
  startDate?: string | null;

  @Field(() => LocalDate, { nullable: true })
  endDate?: string | null;
}

@InputType({ description: 'Which action plans to list.' })
export class ActionPlanFilter extends BaseFilter {
  @Field(() => ID, { nullable: true })
  offeringId?: string;

  @Field(() => ID, { nullable: true })
  priorityId?: string;

  @Field(() => PlanStatus.values, { nullable: true })
  status?: PlanStatus;

  @Field(() => LocalDate, { nullable: true, description: 'Starting on or after this day.' })
  startDateFrom?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Starting on or before this day.' })
  startDateTo?: string;
}

@InputType({ description: 'One action of an action plan.' })
export class CreatePlanActionInput {
  @Field(() => ID)
  planId!: string;

  @Field(() => String, { description: 'What is to be done (2–500 characters).' })
  description!: string;

  @Field(() => ID, { nullable: true, description: 'The person responsible.' })
  ownerId?: string | null;

  @Field(() => LocalDate, { nullable: true })
  dueDate?: string | null;

  @Field(() => ActionStatus.values, { defaultValue: ActionStatus.values.NOT_STARTED })
  status!: ActionStatus;
}

@InputType({ description: 'Changes to a plan action; fields left out stay as they are.' })
export class UpdatePlanActionInput extends VersionedInput {
  @Field(() => ID, { nullable: true })
  planId?: string;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;

  @Field(() => LocalDate, { nullable: true })
  dueDate?: string | null;

  @Field(() => ActionStatus.values, { nullable: true })
  status?: ActionStatus;
}

@InputType({ description: 'Which plan actions to list.' })
export class PlanActionFilter extends BaseFilter {
  @Field(() => ID, { nullable: true })
  planId?: string;

  @Field(() => ID, { nullable: true })
  ownerId?: string;

  @Field(() => ActionStatus.values, { nullable: true })
  status?: ActionStatus;

  @Field(() => LocalDate, { nullable: true, description: 'Due on or after this day.' })
  dueDateFrom?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Due on or before this day.' })
  dueDateTo?: string;
}
