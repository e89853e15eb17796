import type { UserRole } from '../enums/auth.enums';

/** Which roles may read and which may change the records of one type (rows may be narrowed further). */
export interface ResourceAccess {
  read: readonly UserRole[];
  write: readonly UserRole[];
}

export const everyRole: readonly UserRole[] = ['ADMIN', 'SECRETARIAT', 'HEALTH_MANAGER', 'COACH', 'VIEWER'];
const healthStaff: readonly UserRole[] = ['ADMIN', 'HEALTH_MANAGER', 'COACH'];
const healthReaders: readonly UserRole[] = [...healthStaff, 'VIEWER'];
const programManagers: readonly UserRole[] = ['ADMIN', 'HEALTH_MANAGER'];

/**
 * The health side: rosters and program records belong to health roles; personal health records
 * (assessments) are read by health staff only. Health managers and coaches see only their rows.
 */
const healthAccess: Readonly<Record<string, ResourceAccess>> = {
  District: { read: everyRole, write: ['ADMIN', 'SECRETARIAT'] },
  HealthCenter: { read: everyRole, write: programManagers },
  ProgramOffering: { read: everyRole, write: programManagers },
  Person: { read: everyRole, write: ['ADMIN', 'SECRETARIAT', 'HEALTH_MANAGER'] },
  RosterEntry: { read: healthReaders, write: programManagers },
  CoachingEnrollment: { read: healthReaders, write: healthStaff },
  LifestyleAssessment: { read: healthStaff, write: healthStaff },
  CoachingSession: { read: healthReaders, write: healthStaff },
  GroupMeeting: { read: healthReaders, write: programManagers },
  MeetingAttendance: { read: healthReaders, write: programManagers },
  EmpowermentPriority: { read: healthReaders, write: programManagers },
  ActionPlan: { read: healthReaders, write: programManagers },
  PlanAction: { read: healthReaders, write: programManagers },
  TrainingEvent: { read: everyRole, write: ['ADMIN', 'SECRETARIAT', 'HEALTH_MANAGER'] },
  TrainingAttendance: { read: everyRole, write: ['ADMIN', 'SECRETARIAT', 'HEALTH_MANAGER'] },
  User: { read: ['ADMIN'], write: ['ADMIN'] },
  AuditEntry: { read: ['ADMIN'], write: [] },
};

/** The association side, unless listed above: everyone signed in reads, the secretariat changes. */
const associationAccess: ResourceAccess = { read: everyRole, write: ['ADMIN', 'SECRETARIAT'] };

export function accessOf(type: string): ResourceAccess {
  return healthAccess[type] ?? associationAccess;
}

/** Fields with personal health detail: only health staff read them, whatever the record. */
export const healthDetailReaders: readonly UserRole[] = healthStaff;
