import type { Bilingual } from '../enums/define-enum';
import type { ResourceType } from '../resources';
import { associationFieldLabels } from './association.labels';

/** Labels of the fields every record type has. */
export const commonFieldLabels = {
  id: { ar: 'المعرّف', en: 'ID' },
  version: { ar: 'رقم النسخة', en: 'Version' },
  createdAt: { ar: 'تاريخ الإنشاء', en: 'Created' },
  updatedAt: { ar: 'آخر تحديث', en: 'Last updated' },
  isDemo: { ar: 'بيانات تجريبية', en: 'Demo data' },
} as const satisfies Record<string, Bilingual>;

const nameAr: Bilingual = { ar: 'الاسم بالعربية', en: 'Arabic name' };
const nameEn: Bilingual = { ar: 'الاسم بالإنجليزية', en: 'English name' };
const phone: Bilingual = { ar: 'الهاتف', en: 'Phone' };
const email: Bilingual = { ar: 'البريد الإلكتروني', en: 'Email' };
const notes: Bilingual = { ar: 'ملاحظات', en: 'Notes' };
const status: Bilingual = { ar: 'الحالة', en: 'Status' };
const startDate: Bilingual = { ar: 'تاريخ البدء', en: 'Start date' };
const endDate: Bilingual = { ar: 'تاريخ الانتهاء', en: 'End date' };
const description: Bilingual = { ar: 'الوصف', en: 'Description' };
const enrollmentId: Bilingual = { ar: 'التسجيل في المدرب الصحي', en: 'Coaching enrollment' };
const heldOn: Bilingual = { ar: 'التاريخ', en: 'Date' };

/** Labels of each record type's own fields, as forms, tables and the API documentation show them. */
export const fieldLabels: { readonly [T in ResourceType]: Readonly<Record<string, Bilingual>> } = {
  ...associationFieldLabels,
  District: { nameAr, nameEn },
  HealthCenter: {
    nameAr,
    nameEn,
    districtId: { ar: 'الحي', en: 'District' },
    kind: { ar: 'نوع المنشأة', en: 'Kind of facility' },
    phone,
    email,
    address: { ar: 'العنوان', en: 'Address' },
    active: { ar: 'يعمل', en: 'Active' },
    offerings: { ar: 'البرامج في المركز', en: 'Programs at the center' },
  },
  ProgramOffering: {
    centerId: { ar: 'المركز الصحي', en: 'Health center' },
    kind: { ar: 'البرنامج', en: 'Program' },
    topic: { ar: 'موضوع المجموعة', en: 'Group topic' },
    status,
    nameAr: { ar: 'العنوان', en: 'Title' },
    startDate,
    endDate,
    notes,
    roster: { ar: 'قائمة البرنامج', en: 'Roster' },
  },
  Person: {
    nameAr,
    nameEn,
    gender: { ar: 'الجنس', en: 'Gender' },
    phone,
    email,
    birthYear: { ar: 'سنة الميلاد', en: 'Year of birth' },
    roles: { ar: 'الأدوار', en: 'Roles' },
    notes,
  },
  RosterEntry: {
    offeringId: { ar: 'البرنامج', en: 'Program offering' },
    personId: { ar: 'الشخص', en: 'Person' },
    role: { ar: 'الدور', en: 'Role' },
    since: { ar: 'منذ', en: 'Since' },
    until: { ar: 'حتى', en: 'Until' },
    notes,
  },
  CoachingEnrollment: {
    personId: { ar: 'المستفيد', en: 'Client' },
    offeringId: { ar: 'عيادة المدرب الصحي', en: 'Health-coach clinic' },
    coachId: { ar: 'المدرب الصحي', en: 'Coach' },
    accessRoute: { ar: 'طريقة الوصول', en: 'Access route' },
    referringPhysicianId: { ar: 'طبيب الأسرة المحوِّل', en: 'Referring family physician' },
    status,
    enrolledOn: { ar: 'تاريخ التسجيل', en: 'Enrolled on' },
    endedOn: { ar: 'تاريخ الانتهاء', en: 'Ended on' },
    goals: { ar: 'الأهداف الشخصية', en: 'Personal goals' },
  },
  LifestyleAssessment: {
    enrollmentId,
    assessedOn: { ar: 'تاريخ التقييم', en: 'Assessed on' },
    weightKg: { ar: 'الوزن (كغ)', en: 'Weight (kg)' },
    heightCm: { ar: 'الطول (سم)', en: 'Height (cm)' },
    waistCm: { ar: 'محيط الخصر (سم)', en: 'Waist (cm)' },
    systolicBp: { ar: 'الضغط الانقباضي (ملم زئبق)', en: 'Systolic BP (mmHg)' },
    diastolicBp: { ar: 'الضغط الانبساطي (ملم زئبق)', en: 'Diastolic BP (mmHg)' },
    fastingGlucoseMgDl: { ar: 'سكر الدم الصائم (ملغ/دل)', en: 'Fasting glucose (mg/dL)' },
    hba1cPercent: { ar: 'السكر التراكمي HbA1c (٪)', en: 'HbA1c (%)' },
    activityMinutesPerWeek: { ar: 'دقائق النشاط البدني في الأسبوع', en: 'Activity minutes per week' },
    fruitVegServingsPerDay: {
      ar: 'حصص الخضار والفاكهة في اليوم',
      en: 'Fruit and vegetable servings per day',
    },
    sleepHoursPerNight: { ar: 'ساعات النوم في الليلة', en: 'Sleep hours per night' },
    smokingStatus: { ar: 'التدخين', en: 'Smoking' },
    stressLevel: { ar: 'مستوى التوتر (1–5)', en: 'Stress level (1–5)' },
    healthNeeds: { ar: 'الاحتياجات الصحية', en: 'Health needs' },
    notes,
    bmi: { ar: 'مؤشر كتلة الجسم', en: 'BMI' },
  },
  CoachingSession: {
    enrollmentId,
    heldOn: { ar: 'تاريخ الجلسة', en: 'Held on' },
    mode: { ar: 'مكان الجلسة', en: 'Mode' },
    durationMinutes: { ar: 'المدة (دقيقة)', en: 'Duration (minutes)' },
    progress: { ar: 'التقدم نحو الأهداف', en: 'Progress on goals' },
    notes,
  },
  GroupMeeting: {
    offeringId: { ar: 'مجموعة الاهتمام', en: 'Interest group' },
    heldOn,
    topic: { ar: 'موضوع اللقاء', en: 'Topic' },
    notes,
    attendanceCount: { ar: 'عدد الحضور', en: 'Attendance' },
  },
  MeetingAttendance: {
    meetingId: { ar: 'اللقاء', en: 'Meeting' },
    rosterEntryId: { ar: 'العضو', en: 'Member' },
    present: { ar: 'حاضر', en: 'Present' },
    notes,
  },
  EmpowermentPriority: {
    offeringId: { ar: 'فريق التمكين المجتمعي', en: 'Community-empowerment team' },
    title: { ar: 'الأولوية', en: 'Priority' },
    description,
    rank: { ar: 'الترتيب', en: 'Rank' },
    status,
  },
  ActionPlan: {
    offeringId: { ar: 'فريق التمكين المجتمعي', en: 'Community-empowerment team' },
    priorityId: { ar: 'الأولوية', en: 'Priority' },
    title: { ar: 'عنوان الخطة', en: 'Title' },
    status,
    startDate,
    endDate,
  },
  PlanAction: {
    planId: { ar: 'خطة العمل', en: 'Action plan' },
    description: { ar: 'الإجراء', en: 'Action' },
    ownerId: { ar: 'المسؤول', en: 'Owner' },
    dueDate: { ar: 'موعد الإنجاز', en: 'Due date' },
    status,
  },
  TrainingEvent: {
    title: { ar: 'العنوان', en: 'Title' },
    kind: { ar: 'النوع', en: 'Kind' },
    audience: { ar: 'الفئة المستهدفة', en: 'Audience' },
    organizer: { ar: 'الجهة المنظمة', en: 'Organizer' },
    startDate,
    endDate,
    location: { ar: 'المكان', en: 'Location' },
    hours: { ar: 'عدد الساعات', en: 'Hours' },
    description,
  },
  TrainingAttendance: {
    eventId: { ar: 'الفعالية التدريبية', en: 'Training event' },
    personId: { ar: 'المتدرب', en: 'Trainee' },
    status,
    notes,
  },
  User: {
    email,
    displayName: { ar: 'الاسم الظاهر', en: 'Display name' },
    role: { ar: 'الدور', en: 'Role' },
    active: { ar: 'نشط', en: 'Active' },
    centerIds: { ar: 'المراكز التي يديرها', en: 'Centers managed' },
    personId: { ar: 'سجل الشخص', en: 'Person record' },
    password: { ar: 'كلمة المرور', en: 'Password' },
  },
  AuditEntry: {
    at: { ar: 'الوقت', en: 'When' },
    action: { ar: 'الإجراء', en: 'Action' },
    entityType: { ar: 'نوع السجل', en: 'Record type' },
    entityId: { ar: 'رقم السجل', en: 'Record id' },
    userId: { ar: 'المستخدم', en: 'User' },
    userEmail: { ar: 'بريد المستخدم', en: 'User email' },
    before: { ar: 'قبل', en: 'Before' },
    after: { ar: 'بعد', en: 'After' },
    reason: { ar: 'السبب', en: 'Reason' },
    requestId: { ar: 'رقم الطلب', en: 'Request id' },
  },
};
