import { fieldRules as f } from './fields';
import type { RuleSet } from './rules';

export const districtRules = { nameAr: f.nameAr, nameEn: f.nameEn } as const satisfies RuleSet;

export const healthCenterRules = {
  nameAr: f.nameAr,
  nameEn: f.nameEn,
  districtId: f.requiredRef,
  kind: f.requiredChoice,
  phone: f.phone,
  email: f.email,
  address: f.shortText,
} as const satisfies RuleSet;

export const programOfferingRules = {
  centerId: f.requiredRef,
  kind: f.requiredChoice,
  status: f.requiredChoice,
  nameAr: { maxLength: 200 },
  startDate: {},
  endDate: { notBefore: 'startDate' },
  notes: f.text,
} as const satisfies RuleSet;

export const personRules = {
  nameAr: f.nameAr,
  nameEn: f.nameEn,
  gender: f.requiredChoice,
  phone: f.phone,
  email: f.email,
  birthYear: { integer: true, min: 1900, max: 2100 },
  notes: f.text,
} as const satisfies RuleSet;

export const rosterEntryRules = {
  offeringId: f.requiredRef,
  personId: f.requiredRef,
  role: f.requiredChoice,
  since: {},
  until: { notBefore: 'since' },
  notes: f.shortText,
} as const satisfies RuleSet;

export const coachingEnrollmentRules = {
  personId: f.requiredRef,
  offeringId: f.requiredRef,
  coachId: {},
  accessRoute: f.requiredChoice,
  referringPhysicianId: {},
  status: f.requiredChoice,
  enrolledOn: f.requiredDate,
  endedOn: { notBefore: 'enrolledOn' },
  goals: f.text,
} as const satisfies RuleSet;

export const lifestyleAssessmentRules = {
  enrollmentId: f.requiredRef,
  assessedOn: f.requiredDate,
  weightKg: { min: 2, max: 400 },
  heightCm: { min: 40, max: 250 },
  waistCm: { min: 20, max: 300 },
  systolicBp: { integer: true, min: 50, max: 260 },
  diastolicBp: { integer: true, min: 30, max: 160 },
  fastingGlucoseMgDl: { min: 20, max: 800 },
  hba1cPercent: { min: 3, max: 20 },
  activityMinutesPerWeek: { integer: true, min: 0, max: 5000 },
  fruitVegServingsPerDay: { min: 0, max: 30 },
  sleepHoursPerNight: { min: 0, max: 24 },
  stressLevel: { integer: true, min: 1, max: 5 },
  healthNeeds: f.text,
  notes: f.text,
} as const satisfies RuleSet;

export const coachingSessionRules = {
  enrollmentId: f.requiredRef,
  heldOn: f.requiredDate,
  mode: f.requiredChoice,
  durationMinutes: { integer: true, min: 1, max: 600 },
  progress: {},
  notes: f.text,
} as const satisfies RuleSet;

export const groupMeetingRules = {
  offeringId: f.requiredRef,
  heldOn: f.requiredDate,
  topic: f.title,
  notes: f.text,
} as const satisfies RuleSet;

export const meetingAttendanceRules = {
  meetingId: f.requiredRef,
  rosterEntryId: f.requiredRef,
  present: { required: true },
  notes: f.shortText,
} as const satisfies RuleSet;

export const empowermentPriorityRules = {
  offeringId: f.requiredRef,
  title: f.title,
  description: f.text,
  rank: { integer: true, min: 1, max: 100 },
  status: f.requiredChoice,
} as const satisfies RuleSet;

export const actionPlanRules = {
  offeringId: f.requiredRef,
  priorityId: {},
  title: f.title,
  status: f.requiredChoice,
  startDate: {},
  endDate: { notBefore: 'startDate' },
} as const satisfies RuleSet;

export const planActionRules = {
  planId: f.requiredRef,
  description: { required: true, minLength: 2, maxLength: 500 },
  ownerId: {},
  dueDate: {},
  status: f.requiredChoice,
} as const satisfies RuleSet;

export const trainingEventRules = {
  title: f.title,
  kind: f.requiredChoice,
  audience: f.requiredChoice,
  organizer: f.requiredChoice,
  startDate: f.requiredDate,
  endDate: { notBefore: 'startDate' },
  location: f.shortText,
  hours: { min: 0, max: 1000 },
  description: f.text,
} as const satisfies RuleSet;

export const trainingAttendanceRules = {
  eventId: f.requiredRef,
  personId: f.requiredRef,
  status: f.requiredChoice,
  notes: f.shortText,
} as const satisfies RuleSet;
