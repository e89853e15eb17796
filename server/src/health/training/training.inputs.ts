import { AttendanceStatus, TrainingAudience, TrainingKind, TrainingOrganizer } from '@mujtama/shared/enums';
import { Field, Float, ID, InputType } from 'type-graphql';
import { BaseFilter, VersionedInput } from '../../common/inputs';
import { LocalDate } from '../../common/local-date.scalar';

@InputType({ description: 'A new training course, workshop or training program.' })
export class CreateTrainingEventInput {
  @Field(() => String, { description: '2–200 characters.' })
  title!: string;

  @Field(() => TrainingKind.values)
  kind!: TrainingKind;

  @Field(() => TrainingAudience.values)
  audience!: TrainingAudience;

  @Field(() => TrainingOrganizer.values)
  organizer!: TrainingOrganizer;

  @Field(() => LocalDate)
  startDate!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Not before the start date.' })
  endDate?: string | null;

  @Field(() => String, { nullable: true })
  location?: string | null;

  @Field(() => Float, { nullable: true })
  hours?: number | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType({ description: 'Changes to a training event; fields left out stay as they are.' })
export class UpdateTrainingEventInput extends VersionedInput {
  @Field(() => String, { nullable: true })
  title?: string;

  @Field(() => TrainingKind.values, { nullable: true })
  kind?: TrainingKind;

  @Field(() => TrainingAudience.values, { nullable: true })
  audience?: TrainingAudience;

  @Field(() => TrainingOrganizer.values, { nullable: true })
  organizer?: TrainingOrganizer;

  @Field(() => LocalDate, { nullable: true })
  startDate?: string;

  @Field(() => LocalDate, { nullable: true })
  endDate?: string | null;

  @Field(() => String, { nullable: true })
  location?: string | null;

  @Field(() => Float, { nullable: true })
  hours?: number | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType({ description: 'Which training events to list.' })
export class TrainingEventFilter extends BaseFilter {
  @Field(() => TrainingKind.values, { nullable: true })
  kind?: TrainingKind;

  @Field(() => TrainingAudience.values, { nullable: true })
  audience?: TrainingAudience;

  @Field(() => TrainingOrganizer.values, { nullable: true })
  organizer?: TrainingOrganizer;

  @Field(() => LocalDate, { nullable: true, description: 'Starting on or after this day.' })
  startDateFrom?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Starting on or before this day.' })
  startDateTo?: string;
}

@InputType({ description: 'A person registered for a training event.' })
export class CreateTrainingAttendanceInput {
  @Field(() => ID)
  eventId!: string;

  @Field(() => ID, { description: 'The trainee; each person once per event.' })
  personId!: string;

  @Field(() => AttendanceStatus.values, { defaultValue: AttendanceStatus.values.REGISTERED })
  status!: AttendanceStatus;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}

@InputType({ description: 'Changes to a training attendance; fields left out stay as they are.' })
export class UpdateTrainingAttendanceInput extends VersionedInput {
  @Field(() => ID, { nullable: true })
  eventId?: string;

  @Field(() => ID, { nullable: true })
  personId?: string;

  @Field(() => AttendanceStatus.values, { nullable: true })
  status?: AttendanceStatus;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}

@InputType({ description: 'Which training attendances to list.' })
export class TrainingAttendanceFilter extends BaseFilter {
  @Field(() => ID, { nullable: true })
  eventId?: string;

  @Field(() => ID, { nullable: true })
  personId?: string;

  @Field(() => AttendanceStatus.values, { nullable: true })
  status?: AttendanceStatus;
}
