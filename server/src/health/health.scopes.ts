import { byCenter, offeringCenter, type RowScope } from '../common/scope';

/**
 * Which health rows a health manager (by their centers) and a coach (by their clients) may touch.
 * Centers and offerings are public knowledge, so their scope limits changes only.
 */
const enrollmentCenter = (column: string) =>
  `(select o.center_id from coaching_enrollment ce join program_offering o on o.id = ce.offering_id where ce.id = ${column})`;

const ownClients =
  (column: string): RowScope['coach'] =>
  (personId) => [`${column} in (select ce.id from coaching_enrollment ce where ce.coach_id = ?)`, [personId]];

export const healthScopes = {
  healthCenter: { manager: byCenter('e.id'), writesOnly: true },
  programOffering: { manager: byCenter('e.center_id'), writesOnly: true },
  rosterEntry: { manager: byCenter(offeringCenter()) },
  coachingEnrollment: {
    manager: byCenter(offeringCenter()),
    coach: (personId) => ['e.coach_id = ?', [personId]],
  },
  lifestyleAssessment: {
    manager: byCenter(enrollmentCenter('e.enrollment_id')),
    coach: ownClients('e.enrollment_id'),
  },
  coachingSession: {
    manager: byCenter(enrollmentCenter('e.enrollment_id')),
    coach: ownClients('e.enrollment_id'),
  },
  groupMeeting: { manager: byCenter(offeringCenter()) },
  meetingAttendance: {
    manager: byCenter(
      offeringCenter('(select m.offering_id from group_meeting m where m.id = e.meeting_id)'),
    ),
  },
  empowermentPriority: { manager: byCenter(offeringCenter()) },
  actionPlan: { manager: byCenter(offeringCenter()) },
  planAction: {
    manager: byCenter(offeringCenter('(select p.offering_id from action_plan p where p.id = e.plan_id)')),
  },
  /**
   * A health manager sees the people on the rosters and enrollments of their centers, and people
   * not yet in any program (so a person they just added stays theirs to enroll); a coach sees
   * their clients and themselves.
   */
  person: {
    manager: (centerIds) => {
      if (!centerIds.length) return ['1 = 0', []];
      const inCenters = `o.center_id in (${centerIds.map(() => '?').join(', ')})`;
      return [
        `(e.id in (select r.person_id from roster_entry r join program_offering o on o.id = r.offering_id where ${inCenters})
          or e.id in (select ce.person_id from coaching_enrollment ce join program_offering o on o.id = ce.offering_id where ${inCenters})
          or (not exists (select 1 from roster_entry r where r.person_id = e.id)
              and not exists (select 1 from coaching_enrollment ce where ce.person_id = e.id)))`,
        [...centerIds, ...centerIds],
      ];
    },
    coach: (personId) => [
      '(e.id = ? or e.id in (select ce.person_id from coaching_enrollment ce where ce.coach_id = ?))',
      [personId, personId],
    ],
  },
} satisfies Record<string, RowScope>;
