import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { ActionStatus, PlanStatus, PriorityStatus } from '@mujtama/shared/enums';
import { healthResources } from '@mujtama/shared/resources';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseRecord } from '../../common/base.entity';
import { LocalDate } from '../../common/local-date.scalar';
import { ProgramOffering } from '../offering/offering.entity';
import { Person } from '../person/person.entity';

@ObjectType({ description: healthResources.EmpowermentPriority.description })
@Entity({ tableName: 'empowerment_priority' })
export class EmpowermentPriority extends BaseRecord {
  @Field(() => ID, { description: 'The team (an offering of the COMMUNITY_EMPOWERMENT program).' })
  @ManyToOne({ entity: () => ProgramOffering, mapToPk: true, fieldName: 'offering_id', index: true })
  offeringId!: number;

  @Field(() => String, { description: 'The priority in a few words, e.g. رفع مستوى النشاط البدني في الحي.' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Why the community chose it and what it covers.' })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Field(() => Int, { nullable: true, description: 'Its place among the team’s priorities, 1 first.' })
  @Property({ type: 'integer', nullable: true })
  rank?: number | null;

  @Field(() => PriorityStatus.values, { description: 'Proposed, adopted, addressed or dropped.' })
  @Property({ type: 'string', length: 20 })
  status!: PriorityStatus;
}

@ObjectType({ description: healthResources.ActionPlan.description })
@Entity({ tableName: 'action_plan' })
export class ActionPlan extends BaseRecord {
  @Field(() => ID, { description: 'The team (an offering of the COMMUNITY_EMPOWERMENT program).' })
  @ManyToOne({ entity: () => ProgramOffering, mapToPk: true, fieldName: 'offering_id', index: true })
  offeringId!: number;

  @Field(() => ID, { nullable: true, description: 'The team’s priority the plan acts on.' })
  @ManyToOne({
    entity: () => EmpowermentPriority,
    mapToPk: true,
    fieldName: 'priority_id',
    nullable: true,
    index: true,
  })
  priorityId?: number | null;

  @Field(() => String, { description: 'Title of the plan.' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => PlanStatus.values, { description: 'Draft, in progress, completed or cancelled.' })
  @Property({ type: 'string', length: 20 })
  status!: PlanStatus;

  @Field(() => LocalDate, { nullable: true, description: 'When the plan starts.' })
  @Property({ type: 'date', nullable: true })
  startDate?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'When the plan is due to end.' })
  @Property({ type: 'date', nullable: true })
  endDate?: string | null;
}

@ObjectType({ description: healthResources.PlanAction.description })
@Entity({ tableName: 'plan_action' })
export class PlanAction extends BaseRecord {
  @Field(() => ID, { description: 'The action plan.' })
  @ManyToOne({ entity: () => ActionPlan, mapToPk: true, fieldName: 'plan_id', index: true })
  planId!: number;

  @Field(() => String, { description: 'What is to be done.' })
  @Property({ type: 'string', length: 500 })
  description!: string;

  @Field(() => ID, { nullable: true, description: 'The person responsible for it.' })
  @ManyToOne({ entity: () => Person, mapToPk: true, fieldName: 'owner_id', nullable: true, index: true })
  ownerId?: number | null;

  @Field(() => LocalDate, { nullable: true, description: 'When it is due.' })
  @Property({ type: 'date', nullable: true })
  dueDate?: string | null;

  @Field(() => ActionStatus.values, { description: 'Not started, in progress, done, blocked or cancelled.' })
  @Property({ type: 'string', length: 20 })
  status!: ActionStatus;
}
