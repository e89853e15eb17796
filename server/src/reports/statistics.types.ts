import {
  AccessRoute,
  AssociationEntityKind,
  EnrollmentStatus,
  HealthCenterKind,
  InitiativeStatus,
  InterestGroupTopic,
  OfferingStatus,
  ProgramKind,
  RosterRole,
  SessionMode,
  VisitKind,
  VisitStatus,
} from '@mujtama/shared/enums';
import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../common/local-date.scalar';

@ObjectType({
  description:
    'The figures of both organizations, counted from the records in use (not in the trash) when asked. A figure is null when your role may not read the records it counts; health managers and coaches count only the rows they may see.',
})
export class Statistics {}

@ObjectType({ description: 'Health centers of one kind.' })
export class CenterKindCount {
  @Field(() => HealthCenterKind.values, { description: 'The kind of center.' })
  kind!: HealthCenterKind;

  @Field(() => Int, { description: 'Centers in use.' })
  active!: number;

  @Field(() => Int, { description: 'Centers marked inactive.' })
  inactive!: number;
}

@ObjectType({ description: 'Program offerings of one program, topic and status.' })
export class OfferingCount {
  @Field(() => ProgramKind.values, { description: 'The program.' })
  kind!: ProgramKind;

  @Field(() => InterestGroupTopic.values, { nullable: true, description: 'For interest groups: the topic.' })
  topic!: InterestGroupTopic | null;

  @Field(() => OfferingStatus.values, { description: 'Where the offerings stand.' })
  status!: OfferingStatus;

  @Field(() => Int, { description: 'Offerings.' })
  count!: number;
}

@ObjectType({ description: 'Current roster members of one program in one role.' })
export class RosterCount {
  @Field(() => ProgramKind.values, { description: 'The program of the offerings.' })
  kind!: ProgramKind;

  @Field(() => RosterRole.values, { description: 'The role on the roster.' })
  role!: RosterRole;

  @Field(() => Int, { description: 'Roster entries current today (no end date, or ending today or later).' })
  count!: number;
}

@ObjectType({ description: 'Health-coach enrollments of one status that came by one access route.' })
export class EnrollmentCount {
  @Field(() => EnrollmentStatus.values, { description: 'Where the enrollments stand.' })
  status!: EnrollmentStatus;

  @Field(() => AccessRoute.values, { description: 'How the people reached the clinic.' })
  accessRoute!: AccessRoute;

  @Field(() => Int, { description: 'Enrollments.' })
  count!: number;
}

@ObjectType({ description: 'Coaching sessions held on one day in one mode.' })
export class SessionDayCount {
  @Field(() => LocalDate, { description: 'The day.' })
  day!: string;

  @Field(() => SessionMode.values, { description: 'In the clinic or remote.' })
  mode!: SessionMode;

  @Field(() => Int, { description: 'Sessions.' })
  count!: number;
}

@ObjectType({ description: 'Records dated on one day.' })
export class DayCount {
  @Field(() => LocalDate, { description: 'The day.' })
  day!: string;

  @Field(() => Int, { description: 'Records.' })
  count!: number;
}

@ObjectType({ description: 'Association entities of one kind.' })
export class EntityKindCount {
  @Field(() => AssociationEntityKind.values, { description: 'The kind of entity.' })
  kind!: AssociationEntityKind;

  @Field(() => Int, { description: 'Entities in use.' })
  active!: number;

  @Field(() => Int, { description: 'Entities marked inactive.' })
  inactive!: number;
}

@ObjectType({ description: 'Visits of one kind and status scheduled on one day.' })
export class VisitDayCount {
  @Field(() => LocalDate, { description: 'The day the visits are scheduled on.' })
  day!: string;

  @Field(() => VisitKind.values, { description: 'Why the visits are made.' })
  kind!: VisitKind;

  @Field(() => VisitStatus.values, { description: 'Where the visits stand.' })
  status!: VisitStatus;

  @Field(() => Int, { description: 'Visits.' })
  count!: number;
}

@ObjectType({ description: 'Volunteer initiatives of one status.' })
export class InitiativeCount {
  @Field(() => InitiativeStatus.values, { description: 'Where the initiatives stand.' })
  status!: InitiativeStatus;

  @Field(() => Int, { description: 'Initiatives.' })
  count!: number;

  @Field(() => Int, { description: 'Beneficiaries the initiatives reached, as recorded.' })
  beneficiaries!: number;
}
