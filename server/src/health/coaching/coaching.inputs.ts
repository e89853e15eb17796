import {
  AccessRoute,
  EnrollmentStatus,
  GoalProgress,
  SessionMode,
  SmokingStatus,
} from '@mujtama/shared/enums';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { BaseFilter, VersionedInput } from '../../common/inputs';
import { LocalDate } from '../../common/local-date.scalar';

@InputType({ description: 'A person taken on by a health-coach clinic.' })
export class CreateCoachingEnrollmentInput {
  @Field(() => ID, { description: 'The person being coached.' })
  personId!: string;

  @Field(() => ID, { description: 'A health-coach clinic (an offering of the HEALTH_COACH program).' })
  offeringId!: string;

  @Field(() => ID, { nullable: true, description: 'The health coach who follows the person.' })
  coachId?: string | null;

  @Field(() => AccessRoute.values, { description: 'Referral from the family physician or direct booking.' })
  accessRoute!: AccessRoute;

  @Field(() => ID, {
    nullable: true,
    description: 'Required with a family-physician referral, not allowed with direct booking.',
  })
  referringPhysicianId?: string | null;

  @Field(() => EnrollmentStatus.values, {
    description: 'Usually REFERRED for a referral not yet seen, ACTIVE once coaching starts.',
  })
  status!: EnrollmentStatus;

  @Field(() => LocalDate, { description: 'The day the clinic took the person on.' })
  enrolledOn!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Not before the enrollment day.' })
  endedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'The person’s own goals (up to 4000 characters).' })
  goals?: string | null;
}

@InputType({
  description:
    'Changes to a coaching enrollment; fields left out stay as they are. The status may only move REFERRED → ACTIVE → COMPLETED, or to WITHDRAWN before it completes.',
})
export class UpdateCoachingEnrollmentInput extends VersionedInput {
  @Field(() => ID, { nullable: true })
  personId?: string;

  @Field(() => ID, { nullable: true })
  offeringId?: string;

  @Field(() => ID, { nullable: true })
  coachId?: string | null;

  @Field(() => AccessRoute.values, { nullable: true })
  accessRoute?: AccessRoute;

  @Field(() => ID, { nullable: true })
  referringPhysicianId?: string | null;

  @Field(() => EnrollmentStatus.values, { nullable: true })
  status?: EnrollmentStatus;

  @Field(() => LocalDate, { nullable: true })
  enrolledOn?: string;

  @Field(() => LocalDate, { nullable: true })
  endedOn?: string | null;

  @Field(() => String, { nullable: true })
  goals?: string | null;
}

@InputType({ description: 'Which coaching enrollments to list.' })
export class CoachingEnrollmentFilter extends BaseFilter {
  @Field(() => ID, { nullable: true })
  personId?: string;

  @Field(() => ID, { nullable: true })
  offeringId?: string;

  @Field(() => ID, { nullable: true })
  coachId?: string;

  @Field(() => ID, { nullable: true })
  referringPhysicianId?: string;

  @Field(() => AccessRoute.values, { nullable: true })
  accessRoute?: AccessRoute;

  @Field(() => EnrollmentStatus.values, { nullable: true })
  status?: EnrollmentStatus;

  @Field(() => LocalDate, { nullable: true, description: 'Enrolled on or after this day.' })
  enrolledOnFrom?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Enrolled on or before this day.' })
  enrolledOnTo?: string;
}

@InputType({ description: 'A lifestyle assessment of an enrolled person.' })
export class CreateLifestyleAssessmentInput {
  @Field(() => ID)
  enrollmentId!: string;

  @Field(() => LocalDate, { description: 'Not before the enrollment day.' })
  assessedOn!: string;

  @Field(() => Float, { nullable: true })
  weightKg?: number | null;

  @Field(() => Float, { nullable: true })
  heightCm?: number | null;

  @Field(() => Float, { nullable: true })
  waistCm?: number | null;

  @Field(() => Int, { nullable: true })
  systolicBp?: number | null;

  @Field(() => Int, { nullable: true })
  diastolicBp?: number | null;

  @Field(() => Float, { nullable: true })
  fastingGlucoseMgDl?: number | null;

  @Field(() => Float, { nullable: true })
  hba1cPercent?: number | null;

  @Field(() => Int, { nullable: true })
  activityMinutesPerWeek?: number | null;

  @Field(() => Float, { nullable: true })
  fruitVegServingsPerDay?: number | null;

  @Field(() => Float, { nullable: true })
  sleepHoursPerNight?: number | null;

  @Field(() => SmokingStatus.values, { nullable: true })
  smokingStatus?: SmokingStatus | null;

  @Field(() => Int, { nullable: true, description: 'From 1 (low) to 5 (high).' })
  stressLevel?: number | null;

  @Field(() => String, { nullable: true })
  healthNeeds?: string | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}

@InputType({ description: 'Changes to a lifestyle assessment; fields left out stay as they are.' })
export class UpdateLifestyleAssessmentInput extends VersionedInput {
  @Field(() => ID, { nullable: true })
  enrollmentId?: string;

  @Field(() => LocalDate, { nullable: true })
  assessedOn?: string;

  @Field(() => Float, { nullable: true })
  weightKg?: number | null;

  @Field(() => Float, { nullable: true })
  heightCm?: number | null;

  @Field(() => Float, { nullable: true })
  waistCm?: number | null;

  @Field(() => Int, { nullable: true })
  systolicBp?: number | null;

  @Field(() => Int, { nullable: true })
  diastolicBp?: number | null;

  @Field(() => Float, { nullable: true })
  fastingGlucoseMgDl?: number | null;

  @Field(() => Float, { nullable: true })
  hba1cPercent?: number | null;

  @Field(() => Int, { nullable: true })
  activityMinutesPerWeek?: number | null;

  @Field(() => Float, { nullable: true })
  fruitVegServingsPerDay?: number | null;

  @Field(() => Float, { nullable: true })
  sleepHoursPerNight?: number | null;

  @Field(() => SmokingStatus.values, { nullable: true })
  smokingStatus?: SmokingStatus | null;

  @Field(() => Int, { nullable: true })
  stressLevel?: number | null;

  @Field(() => String, { nullable: true })
  healthNeeds?: string | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}

@InputType({ description: 'Which lifestyle assessments to list.' })
export class LifestyleAssessmentFilter extends BaseFilter {
  @Field(() => ID, { nullable: true })
  enrollmentId?: string;

  @Field(() => SmokingStatus.values, { nullable: true })
  smokingStatus?: SmokingStatus;

  @Field(() => LocalDate, { nullable: true, description: 'Assessed on or after this day.' })
  assessedOnFrom?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Assessed on or before this day.' })
  assessedOnTo?: string;
}

@InputType({ description: 'A follow-up session of a coaching enrollment.' })
export class CreateCoachingSessionInput {
  @Field(() => ID)
  enrollmentId!: string;

  @Field(() => LocalDate, { description: 'Not before the enrollment day.' })
  heldOn!: string;

  @Field(() => SessionMode.values, { defaultValue: SessionMode.values.IN_CLINIC })
  mode!: SessionMode;

  @Field(() => Int, { nullable: true, description: 'Minutes (1–600).' })
  durationMinutes?: number | null;

  @Field(() => GoalProgress.values, { nullable: true })
  progress?: GoalProgress | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}

@InputType({ description: 'Changes to a coaching session; fields left out stay as they are.' })
export class UpdateCoachingSessionInput extends VersionedInput {
  @Field(() => ID, { nullable: true })
  enrollmentId?: string;

  @Field(() => LocalDate, { nullable: true })
  heldOn?: string;

  @Field(() => SessionMode.values, { nullable: true })
  mode?: SessionMode;

  @Field(() => Int, { nullable: true })
  durationMinutes?: number | null;

  @Field(() => GoalProgress.values, { nullable: true })
  progress?: GoalProgress | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}

@InputType({ description: 'Which coaching sessions to list.' })
export class CoachingSessionFilter extends BaseFilter {
  @Field(() => ID, { nullable: true })
  enrollmentId?: string;

  @Field(() => SessionMode.values, { nullable: true })
  mode?: SessionMode;

  @Field(() => GoalProgress.values, { nullable: true })
  progress?: GoalProgress;

  @Field(() => LocalDate, { nullable: true, description: 'Held on or after this day.' })
  heldOnFrom?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Held on or before this day.' })
  heldOnTo?: string;
}
