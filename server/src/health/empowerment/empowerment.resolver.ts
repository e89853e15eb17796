import { searchKey } from '@mujtama/shared/arabic';
import { healthResources } from '@mujtama/shared/resources';
import { actionPlanRules, empowermentPriorityRules, planActionRules } from '@mujtama/shared/validation';
import { Resolver } from 'type-graphql';
import { crudResolver } from '../../common/crud.resolver';
import { invalidField } from '../../common/errors';
import { type RecordPolicy, requireRow, type WriteEvent } from '../../common/records';
import { belongsTo, hasMany } from '../../common/relations';
import { healthScopes } from '../health.scopes';
import { movesWhileReferred, requireOfferingOfKind } from '../offering/offering.checks';
import { ProgramOffering } from '../offering/offering.entity';
import { Person } from '../person/person.entity';
import { ActionPlan, EmpowermentPriority, PlanAction } from './empowerment.entity';
import {
  ActionPlanFilter,
  CreateActionPlanInput,
  CreateEmpowermentPriorityInput,
  CreatePlanActionInput,
  EmpowermentPriorityFilter,
  PlanActionFilter,
  UpdateActionPlanInput,
  UpdateEmpowermentPriorityInput,
  UpdatePlanActionInput,
} from './empowerment.inputs';

/** Priorities belong to empowerment teams, and stay with their team once plans act on them. */
async function checkPriority({ em, changes, merged, existing }: WriteEvent<EmpowermentPriority>) {
  if (!('offeringId' in changes)) return;
  await requireOfferingOfKind(em, merged.offeringId!, 'COMMUNITY_EMPOWERMENT');
  if (await movesWhileReferred(em, existing, merged, ActionPlan, 'priorityId')) {
    throw invalidField(
      'offeringId',
      'Action plans of its team act on the priority (perhaps in the trash)',
      'بنى الفريق خطط عمل على هذه الأولوية (ولو في المحذوفات)، فلا تُنقل إلى فريق آخر',
    );
  }
}

/** Plans belong to empowerment teams and act on a priority of their own team. */
async function checkPlan({ em, changes, merged }: WriteEvent<ActionPlan>) {
  if ('offeringId' in changes) await requireOfferingOfKind(em, merged.offeringId!, 'COMMUNITY_EMPOWERMENT');
  if (!merged.priorityId || !('offeringId' in changes || 'priorityId' in changes)) return;
  const priority = await requireRow(em, EmpowermentPriority, merged.priorityId);
  if (priority.offeringId !== merged.offeringId) {
    throw invalidField(
      'priorityId',
      'Must be a priority of the same team',
      'يجب أن تكون الأولوية من أولويات الفريق نفسه',
    );
  }
}

export const empowermentPriorityPolicy: RecordPolicy<EmpowermentPriority> = {
  entity: EmpowermentPriority,
  scope: healthScopes.empowermentPriority,
  rules: empowermentPriorityRules,
  searchKey: (priority) => searchKey(priority.title, priority.description),
  beforeWrite: checkPriority,
};

export const actionPlanPolicy: RecordPolicy<ActionPlan> = {
  entity: ActionPlan,
  scope: healthScopes.actionPlan,
  rules: actionPlanRules,
  searchKey: (plan) => searchKey(plan.title),
  beforeWrite: checkPlan,
};

export const planActionPolicy: RecordPolicy<PlanAction> = {
  entity: PlanAction,
  scope: healthScopes.planAction,
  rules: planActionRules,
  searchKey: (action) => searchKey(action.description),
};

@Resolver(() => EmpowermentPriority)
export class EmpowermentPriorityResolver extends crudResolver({
  ...empowermentPriorityPolicy,
  resource: healthResources.EmpowermentPriority,
  createInput: CreateEmpowermentPriorityInput,
  updateInput: UpdateEmpowermentPriorityInput,
  filter: EmpowermentPriorityFilter,
  sortable: ['id', 'title', 'rank', 'status', 'createdAt', 'updatedAt'],
  defaultOrder: { rank: 'asc' },
  relations: {
    offering: belongsTo(ProgramOffering, 'offeringId', 'The community-empowerment team.'),
    actionPlans: hasMany(ActionPlan, 'priorityId', 'The plans that act on this priority.'),
  },
}) {}

@Resolver(() => ActionPlan)
export class ActionPlanResolver extends crudResolver({
  ...actionPlanPolicy,
  resource: healthResources.ActionPlan,
  createInput: CreateActionPlanInput,
  updateInput: UpdateActionPlanInput,
  filter: ActionPlanFilter,
  sortable: ['id', 'title', 'status', 'startDate', 'endDate', 'createdAt', 'updatedAt'],
  defaultOrder: { startDate: 'desc' },
  relations: {
    offering: belongsTo(ProgramOffering, 'offeringId', 'The community-empowerment team.'),
    priority: belongsTo(EmpowermentPriority, 'priorityId', 'The priority the plan acts on.', {
      nullable: true,
    }),
    actions: hasMany(PlanAction, 'planId', 'The actions of the plan.'),
  },
}) {}

@Resolver(() => PlanAction)
export class PlanActionResolver extends crudResolver({
  ...planActionPolicy,
  resource: healthResources.PlanAction,
  createInput: CreatePlanActionInput,
  updateInput: UpdatePlanActionInput,
  filter: PlanActionFilter,
  sortable: ['id', 'dueDate', 'status', 'createdAt', 'updatedAt'],
  defaultOrder: { dueDate: 'asc' },
  relations: {
    plan: belongsTo(ActionPlan, 'planId', 'The action plan.'),
    owner: belongsTo(Person, 'ownerId', 'The person responsible.', { nullable: true }),
  },
}) {}
