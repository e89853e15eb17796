import { fieldRules as f } from './fields';
import type { RuleSet } from './rules';

const longName = { required: true, minLength: 2, maxLength: 200 } as const;

export const associationUnitRules = {
  nameAr: f.nameAr,
  nameEn: f.nameEn,
  kind: f.requiredChoice,
  parentId: {},
  headTitle: f.shortText,
  description: f.text,
} as const satisfies RuleSet;

export const associationEntityRules = {
  nameAr: f.nameAr,
  nameEn: f.nameEn,
  kind: f.requiredChoice,
  districtId: {},
  centerId: {},
  managerId: {},
  phone: f.phone,
  email: f.email,
  address: f.shortText,
  description: f.text,
} as const satisfies RuleSet;

export const associationProgramRules = {
  nameAr: f.nameAr,
  nameEn: f.nameEn,
  kind: f.requiredChoice,
  unitId: {},
  goals: f.text,
  description: f.text,
  startDate: {},
  endDate: { notBefore: 'startDate' },
} as const satisfies RuleSet;

export const programParticipantRules = {
  programId: f.requiredRef,
  entityId: f.requiredRef,
  joinedOn: {},
  notes: f.shortText,
} as const satisfies RuleSet;

export const committeeRules = {
  programId: f.requiredRef,
  kind: f.requiredChoice,
  nameAr: f.nameAr,
  mandate: f.text,
} as const satisfies RuleSet;

export const committeeMemberRules = {
  committeeId: f.requiredRef,
  personId: f.requiredRef,
  role: f.requiredChoice,
  since: {},
  until: { notBefore: 'since' },
} as const satisfies RuleSet;

export const committeeMeetingRules = {
  committeeId: f.requiredRef,
  heldOn: f.requiredDate,
  location: f.shortText,
  agenda: f.text,
  minutes: f.text,
  decisions: f.text,
} as const satisfies RuleSet;

export const committeeMeetingAttendeeRules = {
  meetingId: f.requiredRef,
  personId: f.requiredRef,
  notes: f.shortText,
} as const satisfies RuleSet;

export const visitGroupRules = {
  programId: f.requiredRef,
  nameAr: f.nameAr,
  notes: f.text,
} as const satisfies RuleSet;

export const visitGroupMemberRules = {
  groupId: f.requiredRef,
  entityId: f.requiredRef,
  position: { integer: true, min: 1, max: 1000 },
} as const satisfies RuleSet;

export const visitRules = {
  kind: f.requiredChoice,
  hostEntityId: f.requiredRef,
  groupId: {},
  committeeId: {},
  scheduledOn: f.requiredDate,
  status: f.requiredChoice,
  hostActivityId: {},
  reportNotes: f.text,
  discussionNotes: f.text,
  impactFormId: {},
  notes: f.text,
} as const satisfies RuleSet;

export const visitParticipantRules = {
  visitId: f.requiredRef,
  entityId: f.requiredRef,
  notes: f.shortText,
} as const satisfies RuleSet;

export const activityRules = {
  entityId: f.requiredRef,
  title: f.title,
  heldOn: f.requiredDate,
  category: f.requiredChoice,
  participants: f.count,
  description: f.text,
} as const satisfies RuleSet;

export const volunteerRules = {
  personId: f.requiredRef,
  joinedOn: {},
  skillsNote: f.shortText,
  notes: f.text,
} as const satisfies RuleSet;

export const volunteerTeamMemberRules = {
  volunteerId: f.requiredRef,
  teamId: f.requiredRef,
  role: f.requiredChoice,
  since: {},
  until: { notBefore: 'since' },
} as const satisfies RuleSet;

export const partnerRules = {
  nameAr: longName,
  nameEn: { maxLength: 200 },
  sector: f.requiredChoice,
  contactName: { maxLength: 150 },
  phone: f.phone,
  email: f.email,
  notes: f.text,
} as const satisfies RuleSet;

export const initiativeRules = {
  programId: f.requiredRef,
  teamId: f.requiredRef,
  title: f.title,
  service: f.requiredChoice,
  description: f.text,
  startDate: f.requiredDate,
  endDate: { notBefore: 'startDate' },
  beneficiaries: f.count,
  supervisingUnitId: {},
  supervisorId: {},
  status: f.requiredChoice,
  impactFormId: {},
} as const satisfies RuleSet;

export const initiativeVolunteerRules = {
  initiativeId: f.requiredRef,
  volunteerId: f.requiredRef,
  hours: { required: true, min: 0, max: 2000 },
  notes: f.shortText,
} as const satisfies RuleSet;

export const initiativePartnerRules = {
  initiativeId: f.requiredRef,
  partnerId: f.requiredRef,
  contribution: f.shortText,
} as const satisfies RuleSet;

export const impactFormRules = {
  title: f.title,
  target: f.requiredChoice,
  programId: {},
  description: f.text,
} as const satisfies RuleSet;

export const impactQuestionRules = {
  formId: f.requiredRef,
  position: { integer: true, min: 1, max: 200 },
  kind: f.requiredChoice,
  prompt: { required: true, minLength: 2, maxLength: 500 },
} as const satisfies RuleSet;

/** Longest free-text answer and longest choice of an impact-form question. */
export const impactAnswerLimits = { text: 2000, choice: 200, choices: 20 } as const;

export const formResponseRules = {
  formId: f.requiredRef,
  visitId: {},
  initiativeId: {},
  respondentName: { maxLength: 150 },
  submittedOn: f.requiredDate,
} as const satisfies RuleSet;

export const associationEventRules = {
  nameAr: longName,
  nameEn: { maxLength: 200 },
  kind: f.requiredChoice,
  parentId: {},
  startDate: f.requiredDate,
  endDate: { notBefore: 'startDate' },
  timeNote: { maxLength: 100 },
  venue: f.shortText,
  description: f.text,
} as const satisfies RuleSet;

export const eventExhibitorRules = {
  eventId: f.requiredRef,
  entityId: f.requiredRef,
  notes: f.shortText,
} as const satisfies RuleSet;
