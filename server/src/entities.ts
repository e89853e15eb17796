import { associationEntities } from './association/association.entities';
import { AuditEntry } from './audit/audit.entity';
import { Session, User } from './auth/user.entity';
import { HealthCenter } from './health/center/center.entity';
import { CoachingEnrollment, CoachingSession, LifestyleAssessment } from './health/coaching/coaching.entity';
import { District } from './health/district/district.entity';
import { ActionPlan, EmpowermentPriority, PlanAction } from './health/empowerment/empowerment.entity';
import { GroupMeeting, MeetingAttendance } from './health/interest-group/interest-group.entity';
import { ProgramOffering } from './health/offering/offering.entity';
import { Person } from './health/person/person.entity';
import { RosterEntry } from './health/roster/roster.entity';
import { TrainingAttendance, TrainingEvent } from './health/training/training.entity';
import { ImportChunk } from './imports/import-chunk.entity';

/** Every persisted record type, in dependency order (referenced before referring). */
export const entities = [
  AuditEntry,
  District,
  HealthCenter,
  ProgramOffering,
  Person,
  User,
  Session,
  RosterEntry,
  CoachingEnrollment,
  LifestyleAssessment,
  CoachingSession,
  GroupMeeting,
  MeetingAttendance,
  EmpowermentPriority,
  ActionPlan,
  PlanAction,
  TrainingEvent,
  TrainingAttendance,
  ...associationEntities,
  ImportChunk,
];
