import { associationResolvers } from './association/association.resolvers';
import { AuditResolver } from './audit/audit.resolver';
import { UserResolver } from './auth/auth.resolver';
import { HealthCenterResolver } from './health/center/center.resolver';
import {
  CoachingEnrollmentResolver,
  CoachingSessionResolver,
  LifestyleAssessmentResolver,
} from './health/coaching/coaching.resolver';
import { DistrictResolver } from './health/district/district.resolver';
import {
  ActionPlanResolver,
  EmpowermentPriorityResolver,
  PlanActionResolver,
} from './health/empowerment/empowerment.resolver';
import {
  GroupMeetingResolver,
  MeetingAttendanceResolver,
} from './health/interest-group/interest-group.resolver';
import { ProgramOfferingResolver } from './health/offering/offering.resolver';
import { PersonResolver } from './health/person/person.resolver';
import { RosterEntryResolver } from './health/roster/roster.resolver';
import { TrainingAttendanceResolver, TrainingEventResolver } from './health/training/training.resolver';
import { ImportResolver } from './imports/import.resolver';
import { StatisticsResolver } from './reports/statistics.resolver';

export const resolvers = [
  UserResolver,
  AuditResolver,
  DistrictResolver,
  HealthCenterResolver,
  ProgramOfferingResolver,
  PersonResolver,
  RosterEntryResolver,
  CoachingEnrollmentResolver,
  LifestyleAssessmentResolver,
  CoachingSessionResolver,
  GroupMeetingResolver,
  MeetingAttendanceResolver,
  EmpowermentPriorityResolver,
  ActionPlanResolver,
  PlanActionResolver,
  TrainingEventResolver,
  TrainingAttendanceResolver,
  ...associationResolvers,
  StatisticsResolver,
  ImportResolver,
] as const;
