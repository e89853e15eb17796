import { defineEnum, type EnumValue } from './define-enum';

export const HealthCenterKind = defineEnum('HealthCenterKind', 'What kind of health facility a center is.', {
  PRIMARY_CARE_CENTER: { ar: 'مركز رعاية صحية أولية', en: 'Primary health care center' },
  SMOKING_CESSATION_CENTER: { ar: 'مركز مكافحة التدخين', en: 'Smoking-cessation center' },
});
export type HealthCenterKind = EnumValue<typeof HealthCenterKind>;

export const ProgramKind = defineEnum('ProgramKind', 'The preventive-health programs a center can run.', {
  HEALTH_COACH: { ar: 'المدرب الصحي', en: 'Health coach' },
  INTEREST_GROUP: { ar: 'مجموعات الاهتمام', en: 'Interest group' },
  COMMUNITY_EMPOWERMENT: { ar: 'التمكين المجتمعي', en: 'Community empowerment' },
});
export type ProgramKind = EnumValue<typeof ProgramKind>;

export const InterestGroupTopic = defineEnum(
  'InterestGroupTopic',
  'The chronic or rare condition an interest group brings people together around.',
  {
    DIABETES: { ar: 'مرضى السكري', en: 'Diabetes' },
    OBESITY: { ar: 'السمنة', en: 'Obesity' },
    SMOKING_CESSATION: { ar: 'المقلعين عن التدخين', en: 'Smoking cessation' },
    HYPERTENSION: { ar: 'ارتفاع ضغط الدم', en: 'Hypertension' },
    ASTHMA: { ar: 'الربو', en: 'Asthma' },
    CANCER_SURVIVORS: { ar: 'المتعافين من السرطان', en: 'Cancer survivors' },
    RARE_DISEASE: { ar: 'الأمراض النادرة', en: 'Rare diseases' },
    OTHER_CHRONIC: { ar: 'أمراض مزمنة أخرى', en: 'Other chronic conditions' },
  },
);
export type InterestGroupTopic = EnumValue<typeof InterestGroupTopic>;

export const OfferingStatus = defineEnum('OfferingStatus', 'Where a program offering stands.', {
  PLANNED: { ar: 'مخطط', en: 'Planned' },
  ACTIVE: { ar: 'قائم', en: 'Active' },
  SUSPENDED: { ar: 'موقوف مؤقتًا', en: 'Suspended' },
  CLOSED: { ar: 'منتهٍ', en: 'Closed' },
});
export type OfferingStatus = EnumValue<typeof OfferingStatus>;

export const RosterRole = defineEnum('RosterRole', 'The part a person plays in a program offering.', {
  COACH: { ar: 'مدرب صحي', en: 'Coach' },
  HEALTH_EDUCATOR: { ar: 'أخصائي تثقيف صحي', en: 'Health educator' },
  FACILITATOR: { ar: 'ميسّر', en: 'Facilitator' },
  FAMILY_PHYSICIAN: { ar: 'طبيب أسرة', en: 'Family physician' },
  TEAM_MEMBER: { ar: 'عضو فريق', en: 'Team member' },
  GROUP_MEMBER_PATIENT: { ar: 'عضو مجموعة (مريض)', en: 'Group member (patient)' },
  GROUP_MEMBER_FAMILY: { ar: 'عضو مجموعة (من الأهل)', en: 'Group member (family member)' },
});
export type RosterRole = EnumValue<typeof RosterRole>;

export const Gender = defineEnum('Gender', 'A person’s gender, as the programs record it.', {
  MALE: { ar: 'ذكر', en: 'Male' },
  FEMALE: { ar: 'أنثى', en: 'Female' },
});
export type Gender = EnumValue<typeof Gender>;

export const PersonRole = defineEnum(
  'PersonRole',
  'The roles a person holds across the platform; one person can hold several.',
  {
    HEALTH_COACH: { ar: 'مدرب صحي', en: 'Health coach' },
    HEALTH_EDUCATOR: { ar: 'أخصائي تثقيف صحي', en: 'Health-education specialist' },
    FAMILY_PHYSICIAN: { ar: 'طبيب أسرة', en: 'Family physician' },
    CARE_PROVIDER: { ar: 'مقدم رعاية صحية', en: 'Care provider' },
    HEALTH_MANAGER: { ar: 'مدير برامج صحية', en: 'Health manager' },
    COMMUNITY_MEMBER: { ar: 'فرد من المجتمع', en: 'Community member' },
    CENTER_MANAGER: { ar: 'مدير مركز حي', en: 'Neighborhood center manager' },
    ASSOCIATION_STAFF: { ar: 'منسوب أمانة الجمعية', en: 'Association secretariat staff' },
    VOLUNTEER: { ar: 'متطوع', en: 'Volunteer' },
  },
);
export type PersonRole = EnumValue<typeof PersonRole>;

export const AccessRoute = defineEnum('AccessRoute', 'How a person reached the health-coach clinic.', {
  FAMILY_PHYSICIAN_REFERRAL: { ar: 'التحويل من طبيب الأسرة', en: 'Referral from the family physician' },
  DIRECT_BOOKING: { ar: 'حجز موعد مباشر', en: 'Direct booking' },
});
export type AccessRoute = EnumValue<typeof AccessRoute>;

export const EnrollmentStatus = defineEnum(
  'EnrollmentStatus',
  'Where a coaching enrollment stands: referred, then active, then completed or withdrawn.',
  {
    REFERRED: { ar: 'محوّل', en: 'Referred' },
    ACTIVE: { ar: 'نشط', en: 'Active' },
    COMPLETED: { ar: 'مكتمل', en: 'Completed' },
    WITHDRAWN: { ar: 'منسحب', en: 'Withdrawn' },
  },
);
export type EnrollmentStatus = EnumValue<typeof EnrollmentStatus>;

export const SessionMode = defineEnum('SessionMode', 'Where a follow-up session takes place.', {
  IN_CLINIC: { ar: 'في العيادة', en: 'In the clinic' },
  REMOTE: { ar: 'عن بعد', en: 'Remote' },
});
export type SessionMode = EnumValue<typeof SessionMode>;

export const GoalProgress = defineEnum(
  'GoalProgress',
  'Progress on a person’s goals, as judged at a session.',
  {
    NOT_STARTED: { ar: 'لم يبدأ', en: 'Not started' },
    SOME_PROGRESS: { ar: 'تقدم جزئي', en: 'Some progress' },
    ON_TRACK: { ar: 'على المسار', en: 'On track' },
    ACHIEVED: { ar: 'تحقق', en: 'Achieved' },
    SETBACK: { ar: 'تراجع', en: 'Setback' },
  },
);
export type GoalProgress = EnumValue<typeof GoalProgress>;

export const SmokingStatus = defineEnum(
  'SmokingStatus',
  'Tobacco use, as recorded in a lifestyle assessment.',
  {
    NEVER: { ar: 'لم يدخن', en: 'Never smoked' },
    FORMER: { ar: 'مقلع', en: 'Former smoker' },
    CURRENT: { ar: 'مدخن', en: 'Current smoker' },
  },
);
export type SmokingStatus = EnumValue<typeof SmokingStatus>;

export const PriorityStatus = defineEnum('PriorityStatus', 'Where a community-set health priority stands.', {
  PROPOSED: { ar: 'مقترحة', en: 'Proposed' },
  ADOPTED: { ar: 'معتمدة', en: 'Adopted' },
  ADDRESSED: { ar: 'تمت معالجتها', en: 'Addressed' },
  DROPPED: { ar: 'مستبعدة', en: 'Dropped' },
});
export type PriorityStatus = EnumValue<typeof PriorityStatus>;

export const PlanStatus = defineEnum('PlanStatus', 'Where an action plan stands.', {
  DRAFT: { ar: 'مسودة', en: 'Draft' },
  ACTIVE: { ar: 'قيد التنفيذ', en: 'In progress' },
  COMPLETED: { ar: 'مكتملة', en: 'Completed' },
  CANCELLED: { ar: 'ملغاة', en: 'Cancelled' },
});
export type PlanStatus = EnumValue<typeof PlanStatus>;

export const ActionStatus = defineEnum('ActionStatus', 'Where one action of a plan stands.', {
  NOT_STARTED: { ar: 'لم يبدأ', en: 'Not started' },
  IN_PROGRESS: { ar: 'جارٍ', en: 'In progress' },
  DONE: { ar: 'منجز', en: 'Done' },
  BLOCKED: { ar: 'متعثر', en: 'Blocked' },
  CANCELLED: { ar: 'ملغى', en: 'Cancelled' },
});
export type ActionStatus = EnumValue<typeof ActionStatus>;

export const TrainingKind = defineEnum('TrainingKind', 'The format of a training event.', {
  COURSE: { ar: 'دورة تدريبية', en: 'Training course' },
  WORKSHOP: { ar: 'ورشة عمل', en: 'Workshop' },
  TRAINING_PROGRAM: { ar: 'برنامج تدريبي', en: 'Training program' },
});
export type TrainingKind = EnumValue<typeof TrainingKind>;

export const TrainingAudience = defineEnum('TrainingAudience', 'Whom a training event is for.', {
  HEALTH_EDUCATORS: { ar: 'أخصائيو التثقيف الصحي', en: 'Health-education specialists' },
  HEALTH_COACHES: { ar: 'المدربون الصحيون', en: 'Health coaches' },
  CARE_PROVIDERS: { ar: 'مقدمو الرعاية الصحية', en: 'Care providers' },
  VOLUNTEER_TEAMS: { ar: 'أعضاء الفرق التطوعية', en: 'Volunteer-team members' },
  CENTER_STAFF: { ar: 'منسوبو مراكز الأحياء', en: 'Neighborhood-center staff' },
});
export type TrainingAudience = EnumValue<typeof TrainingAudience>;

export const TrainingOrganizer = defineEnum(
  'TrainingOrganizer',
  'The organization that runs a training event.',
  {
    HEALTH_CLUSTER: { ar: 'تجمع مكة المكرمة الصحي', en: 'Makkah Health Cluster' },
    ASSOCIATION: { ar: 'جمعية مراكز الأحياء بمكة المكرمة', en: 'Makkah Neighborhood Centers Association' },
  },
);
export type TrainingOrganizer = EnumValue<typeof TrainingOrganizer>;

export const AttendanceStatus = defineEnum('AttendanceStatus', 'How far a person got in a training event.', {
  REGISTERED: { ar: 'مسجل', en: 'Registered' },
  ATTENDED: { ar: 'حضر', en: 'Attended' },
  COMPLETED: { ar: 'أتم التدريب', en: 'Completed' },
  ABSENT: { ar: 'غائب', en: 'Absent' },
});
export type AttendanceStatus = EnumValue<typeof AttendanceStatus>;

export const SortDirection = defineEnum('SortDirection', 'Sort order of a list.', {
  ASC: { ar: 'تصاعدي', en: 'Ascending' },
  DESC: { ar: 'تنازلي', en: 'Descending' },
});
export type SortDirection = EnumValue<typeof SortDirection>;

/** Enrollment statuses a coaching enrollment may move to from each status. */
export const enrollmentTransitions: Readonly<Record<EnrollmentStatus, readonly EnrollmentStatus[]>> = {
  REFERRED: ['ACTIVE', 'WITHDRAWN'],
  ACTIVE: ['COMPLETED', 'WITHDRAWN'],
  COMPLETED: [],
  WITHDRAWN: [],
};

/** Roster roles that only make sense in one kind of program; every other role fits any program. */
export const rosterRoleProgram: Readonly<Partial<Record<RosterRole, ProgramKind>>> = {
  GROUP_MEMBER_PATIENT: 'INTEREST_GROUP',
  GROUP_MEMBER_FAMILY: 'INTEREST_GROUP',
  TEAM_MEMBER: 'COMMUNITY_EMPOWERMENT',
};
