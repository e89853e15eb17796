import { AssociationEventKind } from '@mujtama/shared/enums';
import { Field, ID, InputType } from 'type-graphql';
import { BaseFilter, VersionedInput } from '../../common/inputs';
import { LocalDate } from '../../common/local-date.scalar';

@InputType({
  description:
    'A new event. Dates are Gregorian; the admin converts Hijri dates with the shared Umm al-Qura helpers.',
})
export class CreateAssociationEventInput {
  @Field(() => String, { description: 'Arabic name (2–200 characters).' })
  nameAr!: string;

  @Field(() => String, { nullable: true, description: 'English name.' })
  nameEn?: string | null;

  @Field(() => AssociationEventKind.values, { description: 'The kind of event.' })
  kind!: AssociationEventKind;

  @Field(() => ID, { nullable: true, description: 'The event it is part of.' })
  parentId?: string | null;

  @Field(() => LocalDate, { description: 'First day.' })
  startDate!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Last day, not before the first.' })
  endDate?: string | null;

  @Field(() => String, { nullable: true, description: 'When in the day.' })
  timeNote?: string | null;

  @Field(() => String, { nullable: true, description: 'Venue.' })
  venue?: string | null;

  @Field(() => String, { nullable: true, description: 'What happens there.' })
  description?: string | null;
}

@InputType({ description: 'Changes to an event; fields left out stay as they are.' })
export class UpdateAssociationEventInput extends VersionedInput {
  @Field(() => String, { nullable: true, description: 'Arabic name.' })
  nameAr?: string;

  @Field(() => String, { nullable: true, description: 'English name.' })
  nameEn?: string | null;

  @Field(() => AssociationEventKind.values, { nullable: true, description: 'The kind of event.' })
  kind?: AssociationEventKind;

  @Field(() => ID, { nullable: true, description: 'The event it is part of.' })
  parentId?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'First day.' })
  startDate?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Last day.' })
  endDate?: string | null;

  @Field(() => String, { nullable: true, description: 'When in the day.' })
  timeNote?: string | null;

  @Field(() => String, { nullable: true, description: 'Venue.' })
  venue?: string | null;

  @Field(() => String, { nullable: true, description: 'What happens there.' })
  description?: string | null;
}

@InputType({ description: 'Which events to list.' })
export class AssociationEventFilter extends BaseFilter {
  @Field(() => AssociationEventKind.values, { nullable: true, description: 'Events of this kind.' })
  kind?: AssociationEventKind;

  @Field(() => ID, { nullable: true, description: 'The parts of this event.' })
  parentId?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Starting on or after this day.' })
  startDateFrom?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Starting on or before this day.' })
  startDateTo?: string;
}
