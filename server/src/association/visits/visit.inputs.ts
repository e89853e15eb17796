import { VisitKind, VisitStatus } from '@mujtama/shared/enums';
import { Field, ID, InputType } from 'type-graphql';
import { BaseFilter, VersionedInput } from '../../common/inputs';
import { LocalDate } from '../../common/local-date.scalar';

@InputType({
  description: 'A new visit. Its program is taken from the committee (proactive) or the group (exchange).',
})
export class CreateVisitInput {
  @Field(() => VisitKind.values, { description: 'Proactive or exchange.' })
  kind!: VisitKind;

  @Field(() => ID, { description: 'The entity visited; for an exchange visit, a center of the group.' })
  hostEntityId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Required for an exchange visit: the group exchanging it.',
  })
  groupId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Required for a proactive visit (the committee making it); for an exchange visit, the supervising committee.',
  })
  committeeId?: string | null;

  @Field(() => LocalDate, { description: 'The day of the visit.' })
  scheduledOn!: string;

  @Field(() => VisitStatus.values, {
    defaultValue: VisitStatus.values.SCHEDULED,
    description: 'Where it stands.',
  })
  status!: VisitStatus;

  @Field(() => ID, { nullable: true, description: 'Step 1: the host’s activity joined.' })
  hostActivityId?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Step 2: the activities report was viewed.' })
  reportViewed!: boolean;

  @Field(() => String, { nullable: true, description: 'Notes on the activities report.' })
  reportNotes?: string | null;

  @Field(() => String, { nullable: true, description: 'Step 3: the discussion circle’s notes.' })
  discussionNotes?: string | null;

  @Field(() => ID, { nullable: true, description: 'Step 4: the impact form to fill at the end.' })
  impactFormId?: string | null;

  @Field(() => String, { nullable: true, description: 'Other notes.' })
  notes?: string | null;
}

@InputType({
  description: 'Changes to a visit, e.g. each step as it happens; fields left out stay as they are.',
})
export class UpdateVisitInput extends VersionedInput {
  @Field(() => VisitKind.values, { nullable: true, description: 'Proactive or exchange.' })
  kind?: VisitKind;

  @Field(() => ID, { nullable: true, description: 'The entity visited.' })
  hostEntityId?: string;

  @Field(() => ID, { nullable: true, description: 'The group exchanging it.' })
  groupId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The committee making or supervising it.' })
  committeeId?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'The day of the visit.' })
  scheduledOn?: string;

  @Field(() => VisitStatus.values, { nullable: true, description: 'Where it stands.' })
  status?: VisitStatus;

  @Field(() => ID, { nullable: true, description: 'Step 1: the host’s activity joined.' })
  hostActivityId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Step 2: the activities report was viewed.' })
  reportViewed?: boolean;

  @Field(() => String, { nullable: true, description: 'Notes on the activities report.' })
  reportNotes?: string | null;

  @Field(() => String, { nullable: true, description: 'Step 3: the discussion circle’s notes.' })
  discussionNotes?: string | null;

  @Field(() => ID, { nullable: true, description: 'Step 4: the impact form to fill at the end.' })
  impactFormId?: string | null;

  @Field(() => String, { nullable: true, description: 'Other notes.' })
  notes?: string | null;
}

@InputType({ description: 'Which visits to list.' })
export class VisitFilter extends BaseFilter {
  @Field(() => ID, { nullable: true, description: 'Visits of this program.' })
  programId?: string;

  @Field(() => VisitKind.values, { nullable: true, description: 'Visits of this kind.' })
  kind?: VisitKind;

  @Field(() => VisitStatus.values, { nullable: true, description: 'Visits in this status.' })
  status?: VisitStatus;

  @Field(() => ID, { nullable: true, description: 'Visits of this group.' })
  groupId?: string;

  @Field(() => ID, { nullable: true, description: 'Visits this committee made or supervised.' })
  committeeId?: string;

  @Field(() => ID, { nullable: true, description: 'Visits to this entity.' })
  hostEntityId?: string;

  @Field(() => ID, { nullable: true, description: 'Visits this entity takes part in, as host or visitor.' })
  entityId?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only supervised visits (exchange visits with a supervising committee), or only the others.',
  })
  supervised?: boolean;

  @Field(() => LocalDate, { nullable: true, description: 'On or after this day.' })
  scheduledOnFrom?: string;

  @Field(() => LocalDate, { nullable: true, description: 'On or before this day.' })
  scheduledOnTo?: string;
}
