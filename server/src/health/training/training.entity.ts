import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { AttendanceStatus, TrainingAudience, TrainingKind, TrainingOrganizer } from '@mujtama/shared/enums';
import { healthResources } from '@mujtama/shared/resources';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { BaseRecord } from '../../common/base.entity';
import { LocalDate } from '../../common/local-date.scalar';
import { Person } from '../person/person.entity';

/** Serves both sides: the health cluster's courses for health educators and the association's workshops for volunteer teams. */
@ObjectType({ description: healthResources.TrainingEvent.description })
@Entity({ tableName: 'training_event' })
export class TrainingEvent extends BaseRecord {
  @Field(() => String, { description: 'Title of the course, workshop or program.' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => TrainingKind.values, { description: 'Training course, workshop or training program.' })
  @Property({ type: 'string', length: 30 })
  kind!: TrainingKind;

  @Field(() => TrainingAudience.values, { description: 'Whom the event is for.' })
  @Property({ type: 'string', length: 30 })
  audience!: TrainingAudience;

  @Field(() => TrainingOrganizer.values, {
    description: 'The health cluster or the neighborhood-centers association.',
  })
  @Property({ type: 'string', length: 30 })
  organizer!: TrainingOrganizer;

  @Field(() => LocalDate, { description: 'The first day.' })
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'The last day, for events over several days.',
  })
  @Property({ type: 'date', nullable: true })
  endDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Where it takes place.' })
  @Property({ type: 'string', length: 300, nullable: true })
  location?: string | null;

  @Field(() => Float, { nullable: true, description: 'Training hours in all.' })
  @Property({ type: 'double', nullable: true, runtimeType: 'number' })
  hours?: number | null;

  @Field(() => String, { nullable: true, description: 'Content and aims.' })
  @Property({ type: 'text', nullable: true })
  description?: string | null;
}

@ObjectType({ description: healthResources.TrainingAttendance.description })
@Entity({ tableName: 'training_attendance' })
@Unique({ properties: ['eventId', 'personId'] })
export class TrainingAttendance extends BaseRecord {
  @Field(() => ID, { description: 'The training event.' })
  @ManyToOne({ entity: () => TrainingEvent, mapToPk: true, fieldName: 'event_id' })
  eventId!: number;

  @Field(() => ID, { description: 'The trainee.' })
  @ManyToOne({ entity: () => Person, mapToPk: true, fieldName: 'person_id', index: true })
  personId!: number;

  @Field(() => AttendanceStatus.values, { description: 'Registered, attended, completed or absent.' })
  @Property({ type: 'string', length: 20 })
  status!: AttendanceStatus;

  @Field(() => String, { nullable: true, description: 'A short note about the trainee.' })
  @Property({ type: 'string', length: 300, nullable: true })
  notes?: string | null;
}
