import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { healthDetailReaders } from '@mujtama/shared/access';
import {
  AccessRoute,
  EnrollmentStatus,
  GoalProgress,
  SessionMode,
  SmokingStatus,
} from '@mujtama/shared/enums';
import { healthResources } from '@mujtama/shared/resources';
import { Authorized, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { BaseRecord } from '../../common/base.entity';
import { LocalDate } from '../../common/local-date.scalar';
import { ProgramOffering } from '../offering/offering.entity';
import { Person } from '../person/person.entity';

@ObjectType({ description: healthResources.CoachingEnrollment.description })
@Entity({ tableName: 'coaching_enrollment' })
export class CoachingEnrollment extends BaseRecord {
  @Field(() => ID, { description: 'The person being coached.' })
  @ManyToOne({ entity: () => Person, mapToPk: true, fieldName: 'person_id', index: true })
  personId!: number;

  @Field(() => ID, { description: 'The health-coach clinic (an offering of the HEALTH_COACH program).' })
  @ManyToOne({ entity: () => ProgramOffering, mapToPk: true, fieldName: 'offering_id', index: true })
  offeringId!: number;

  @Field(() => ID, { nullable: true, description: 'The health coach who follows the person.' })
  @ManyToOne({ entity: () => Person, mapToPk: true, fieldName: 'coach_id', nullable: true, index: true })
  coachId?: number | null;

  @Field(() => AccessRoute.values, {
    description: 'Referral from the family physician or direct booking at the clinic.',
  })
  @Property({ type: 'string', length: 30 })
  accessRoute!: AccessRoute;

  @Field(() => ID, {
    nullable: true,
    description:
      'The family physician who referred the person; set exactly when the access route is a referral.',
  })
  @ManyToOne({
    entity: () => Person,
    mapToPk: true,
    fieldName: 'referring_physician_id',
    nullable: true,
    index: true,
  })
  referringPhysicianId?: number | null;

  @Field(() => EnrollmentStatus.values, {
    description: 'Referred, active, completed or withdrawn; an update may only move it forward.',
  })
  @Property({ type: 'string', length: 20 })
  status!: EnrollmentStatus;

  @Field(() => LocalDate, { description: 'The day the clinic took the person on.' })
  @Property({ type: 'date' })
  enrolledOn!: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'The day the coaching completed or stopped.',
  })
  @Property({ type: 'date', nullable: true })
  endedOn?: string | null;

  @Authorized(...healthDetailReaders)
  @Field(() => String, {
    nullable: true,
    description: 'The person’s own health goals, in their words; health staff only.',
  })
  @Property({ type: 'text', nullable: true })
  goals?: string | null;
}

@ObjectType({ description: healthResources.LifestyleAssessment.description })
@Entity({ tableName: 'lifestyle_assessment' })
export class LifestyleAssessment extends BaseRecord {
  @Field(() => ID, { description: 'The coaching enrollment assessed.' })
  @ManyToOne({ entity: () => CoachingEnrollment, mapToPk: true, fieldName: 'enrollment_id', index: true })
  enrollmentId!: number;

  @Field(() => LocalDate, { description: 'The day of the assessment.' })
  @Property({ type: 'date' })
  assessedOn!: string;

  @Field(() => Float, { nullable: true, description: 'Body weight in kilograms.' })
  @Property({ type: 'double', nullable: true, runtimeType: 'number' })
  weightKg?: number | null;

  @Field(() => Float, { nullable: true, description: 'Height in centimetres.' })
  @Property({ type: 'double', nullable: true, runtimeType: 'number' })
  heightCm?: number | null;

  @Field(() => Float, { nullable: true, description: 'Waist circumference in centimetres.' })
  @Property({ type: 'double', nullable: true, runtimeType: 'number' })
  waistCm?: number | null;

  @Field(() => Int, { nullable: true, description: 'Systolic blood pressure in mmHg.' })
  @Property({ type: 'integer', nullable: true })
  systolicBp?: number | null;

  @Field(() => Int, { nullable: true, description: 'Diastolic blood pressure in mmHg.' })
  @Property({ type: 'integer', nullable: true })
  diastolicBp?: number | null;

  @Field(() => Float, { nullable: true, description: 'Fasting blood glucose in mg/dL.' })
  @Property({ type: 'double', nullable: true, runtimeType: 'number' })
  fastingGlucoseMgDl?: number | null;

  @Field(() => Float, { nullable: true, description: 'Glycated haemoglobin (HbA1c) in percent.' })
  @Property({ type: 'double', nullable: true, runtimeType: 'number' })
  hba1cPercent?: number | null;

  @Field(() => Int, { nullable: true, description: 'Minutes of moderate physical activity in a usual week.' })
  @Property({ type: 'integer', nullable: true })
  activityMinutesPerWeek?: number | null;

  @Field(() => Float, { nullable: true, description: 'Servings of fruit and vegetables on a usual day.' })
  @Property({ type: 'double', nullable: true, runtimeType: 'number' })
  fruitVegServingsPerDay?: number | null;

  @Field(() => Float, { nullable: true, description: 'Hours of sleep on a usual night.' })
  @Property({ type: 'double', nullable: true, runtimeType: 'number' })
  sleepHoursPerNight?: number | null;

  @Field(() => SmokingStatus.values, { nullable: true, description: 'Never, former or current smoker.' })
  @Property({ type: 'string', length: 10, nullable: true })
  smokingStatus?: SmokingStatus | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Stress as the person rates it, from 1 (low) to 5 (high).',
  })
  @Property({ type: 'integer', nullable: true })
  stressLevel?: number | null;

  @Field(() => String, { nullable: true, description: 'The health needs the coach identified.' })
  @Property({ type: 'text', nullable: true })
  healthNeeds?: string | null;

  @Field(() => String, { nullable: true, description: 'Anything else the coach noted.' })
  @Property({ type: 'text', nullable: true })
  notes?: string | null;
}

@ObjectType({ description: healthResources.CoachingSession.description })
@Entity({ tableName: 'coaching_session' })
export class CoachingSession extends BaseRecord {
  @Field(() => ID, { description: 'The coaching enrollment followed up.' })
  @ManyToOne({ entity: () => CoachingEnrollment, mapToPk: true, fieldName: 'enrollment_id', index: true })
  enrollmentId!: number;

  @Field(() => LocalDate, { description: 'The day of the session.' })
  @Property({ type: 'date' })
  heldOn!: string;

  @Field(() => SessionMode.values, { description: 'In the clinic or remote, as suits the person’s problem.' })
  @Property({ type: 'string', length: 20 })
  mode!: SessionMode;

  @Field(() => Int, { nullable: true, description: 'Length of the session in minutes.' })
  @Property({ type: 'integer', nullable: true })
  durationMinutes?: number | null;

  @Field(() => GoalProgress.values, { nullable: true, description: 'Progress on the person’s goals so far.' })
  @Property({ type: 'string', length: 20, nullable: true })
  progress?: GoalProgress | null;

  @Authorized(...healthDetailReaders)
  @Field(() => String, { nullable: true, description: 'What was discussed and agreed; health staff only.' })
  @Property({ type: 'text', nullable: true })
  notes?: string | null;
}
