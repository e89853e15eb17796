import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { VisitKind, VisitStatus } from '@mujtama/shared/enums';
import { associationResources } from '@mujtama/shared/resources';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseRecord } from '../../common/base.entity';
import { LocalDate } from '../../common/local-date.scalar';
import { Activity } from '../activity/activity.entity';
import { AssociationEntity } from '../association-entity/association-entity.entity';
import { Committee } from '../committee/committee.entity';
import { ImpactForm } from '../impact/impact-form.entity';
import { AssociationProgram } from '../program/association-program.entity';
import { VisitGroup } from './visit-group.entity';

@ObjectType({ description: associationResources.Visit.description })
@Entity({ tableName: 'visit' })
@Index({ properties: ['programId', 'kind', 'status'] })
export class Visit extends BaseRecord {
  @Field(() => ID, { description: 'The program; taken from the committee or the group.' })
  @ManyToOne({ entity: () => AssociationProgram, mapToPk: true, fieldName: 'program_id' })
  programId!: number;

  @Field(() => VisitKind.values, {
    description:
      'Proactive (a committee visits an entity) or exchange (a center of a group hosts the others).',
  })
  @Property({ type: 'string', length: 20 })
  kind!: VisitKind;

  @Field(() => ID, { description: 'The entity visited.' })
  @ManyToOne({ entity: () => AssociationEntity, mapToPk: true, fieldName: 'host_entity_id', index: true })
  hostEntityId!: number;

  @Field(() => ID, {
    nullable: true,
    description: 'For an exchange visit: the group whose centers exchange it.',
  })
  @ManyToOne({ entity: () => VisitGroup, mapToPk: true, fieldName: 'group_id', nullable: true, index: true })
  groupId?: number | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'For a proactive visit the committee making it; for an exchange visit the committee supervising it (a supervised visit).',
  })
  @ManyToOne({
    entity: () => Committee,
    mapToPk: true,
    fieldName: 'committee_id',
    nullable: true,
    index: true,
  })
  committeeId?: number | null;

  @Field(() => LocalDate, { description: 'The day of the visit.' })
  @Property({ type: 'date', index: true })
  scheduledOn!: string;

  @Field(() => VisitStatus.values, { description: 'Scheduled, completed, postponed or cancelled.' })
  @Property({ type: 'string', length: 20 })
  status!: VisitStatus;

  @Field(() => ID, {
    nullable: true,
    description: 'Step 1 of a supervised visit: the host’s activity the visitors took part in.',
  })
  @ManyToOne({
    entity: () => Activity,
    mapToPk: true,
    fieldName: 'host_activity_id',
    nullable: true,
    index: true,
  })
  hostActivityId?: number | null;

  @Field(() => Boolean, { description: 'Step 2: the report of the host’s main activities was viewed.' })
  @Property({ type: 'boolean', default: false })
  reportViewed: boolean = false;

  @Field(() => String, { nullable: true, description: 'Notes on the activities report.' })
  @Property({ type: 'text', nullable: true })
  reportNotes?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Step 3: what the discussion circle with the center managers concluded on how the centers cooperate.',
  })
  @Property({ type: 'text', nullable: true })
  discussionNotes?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Step 4: the impact form filled at the end of the visit (its responses record the step).',
  })
  @ManyToOne({
    entity: () => ImpactForm,
    mapToPk: true,
    fieldName: 'impact_form_id',
    nullable: true,
    index: true,
  })
  impactFormId?: number | null;

  @Field(() => String, { nullable: true, description: 'Other notes.' })
  @Property({ type: 'text', nullable: true })
  notes?: string | null;
}
