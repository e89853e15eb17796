import type { Bilingual } from '../enums/define-enum';
import type { associationResources } from '../resources/association.resources';

const nameAr: Bilingual = { ar: 'الاسم بالعربية', en: 'Arabic name' };
const nameEn: Bilingual = { ar: 'الاسم بالإنجليزية', en: 'English name' };
const phone: Bilingual = { ar: 'الهاتف', en: 'Phone' };
const email: Bilingual = { ar: 'البريد الإلكتروني', en: 'Email' };
const notes: Bilingual = { ar: 'ملاحظات', en: 'Notes' };
const status: Bilingual = { ar: 'الحالة', en: 'Status' };
const description: Bilingual = { ar: 'الوصف', en: 'Description' };
const startDate: Bilingual = { ar: 'تاريخ البدء', en: 'Start date' };
const endDate: Bilingual = { ar: 'تاريخ الانتهاء', en: 'End date' };
const since: Bilingual = { ar: 'منذ', en: 'Since' };
const until: Bilingual = { ar: 'حتى', en: 'Until' };
const programId: Bilingual = { ar: 'البرنامج', en: 'Program' };
const entityId: Bilingual = { ar: 'الكيان', en: 'Entity' };
const volunteerId: Bilingual = { ar: 'المتطوع', en: 'Volunteer' };
const initiativeId: Bilingual = { ar: 'المبادرة', en: 'Initiative' };
const impactFormId: Bilingual = { ar: 'استمارة قياس الأثر', en: 'Impact form' };
const kind: Bilingual = { ar: 'النوع', en: 'Kind' };

/** Labels of the association side's fields, as forms, tables and the API documentation show them. */
export const associationFieldLabels: {
  readonly [T in keyof typeof associationResources]: Readonly<Record<string, Bilingual>>;
} = {
  AssociationUnit: {
    nameAr,
    nameEn,
    kind,
    parentId: { ar: 'تتبع', en: 'Part of' },
    headTitle: { ar: 'يرأسها', en: 'Headed by' },
    description,
  },
  AssociationEntity: {
    nameAr,
    nameEn,
    kind: { ar: 'نوع الكيان', en: 'Kind of entity' },
    districtId: { ar: 'الحي', en: 'District' },
    centerId: { ar: 'مركز الحي التابع له', en: 'Neighborhood center' },
    managerId: { ar: 'المدير', en: 'Manager' },
    phone,
    email,
    address: { ar: 'العنوان', en: 'Address' },
    description,
    active: { ar: 'نشط', en: 'Active' },
    affiliates: { ar: 'المنتديات والفرق التابعة', en: 'Forums and teams' },
    activities: { ar: 'الأنشطة', en: 'Activities' },
  },
  AssociationProgram: {
    nameAr,
    nameEn,
    kind: { ar: 'مجال البرنامج', en: 'Kind of program' },
    unitId: { ar: 'الجهة المنفذة', en: 'Run by' },
    goals: { ar: 'الأهداف', en: 'Goals' },
    description,
    startDate,
    endDate,
    participants: { ar: 'الكيانات المشاركة', en: 'Participating entities' },
    summary: { ar: 'مؤشرات البرنامج', en: 'Program figures' },
  },
  ProgramParticipant: {
    programId,
    entityId,
    joinedOn: { ar: 'تاريخ الانضمام', en: 'Joined on' },
    notes,
  },
  Committee: {
    programId,
    kind: { ar: 'مهمة اللجنة', en: 'Charged with' },
    nameAr: { ar: 'اسم اللجنة', en: 'Name' },
    mandate: { ar: 'المهام', en: 'Mandate' },
    members: { ar: 'الأعضاء', en: 'Members' },
    meetings: { ar: 'الاجتماعات', en: 'Meetings' },
  },
  CommitteeMember: {
    committeeId: { ar: 'اللجنة', en: 'Committee' },
    personId: { ar: 'العضو', en: 'Member' },
    role: { ar: 'الصفة', en: 'Role' },
    since,
    until,
  },
  CommitteeMeeting: {
    committeeId: { ar: 'اللجنة', en: 'Committee' },
    heldOn: { ar: 'تاريخ الاجتماع', en: 'Held on' },
    location: { ar: 'المكان', en: 'Location' },
    agenda: { ar: 'جدول الأعمال', en: 'Agenda' },
    minutes: { ar: 'المحضر', en: 'Minutes' },
    decisions: { ar: 'القرارات والتوصيات', en: 'Decisions' },
    attendees: { ar: 'الحضور', en: 'Attendees' },
  },
  CommitteeMeetingAttendee: {
    meetingId: { ar: 'الاجتماع', en: 'Meeting' },
    personId: { ar: 'الحاضر', en: 'Attendee' },
    notes,
  },
  VisitGroup: {
    programId,
    nameAr: { ar: 'اسم المجموعة', en: 'Name' },
    notes,
    members: { ar: 'مراكز المجموعة', en: 'Centers' },
  },
  VisitGroupMember: {
    groupId: { ar: 'المجموعة', en: 'Group' },
    entityId: { ar: 'المركز', en: 'Center' },
    position: { ar: 'الترتيب في الاستضافة', en: 'Hosting order' },
  },
  Visit: {
    programId,
    kind: { ar: 'نوع الزيارة', en: 'Kind of visit' },
    hostEntityId: { ar: 'الكيان المستضيف', en: 'Host' },
    groupId: { ar: 'المجموعة', en: 'Group' },
    committeeId: { ar: 'اللجنة', en: 'Committee' },
    scheduledOn: { ar: 'موعد الزيارة', en: 'Scheduled on' },
    status,
    hostActivityId: { ar: 'النشاط المشارك فيه', en: 'Host activity joined' },
    reportViewed: { ar: 'شوهد تقرير أهم الأنشطة', en: 'Activities report viewed' },
    reportNotes: { ar: 'ملاحظات على التقرير', en: 'Notes on the report' },
    discussionNotes: { ar: 'مخرجات حلقة النقاش', en: 'Discussion circle notes' },
    impactFormId,
    notes,
    participants: { ar: 'الكيانات الزائرة', en: 'Visiting entities' },
    steps: { ar: 'خطوات الزيارة', en: 'Visit steps' },
  },
  VisitParticipant: {
    visitId: { ar: 'الزيارة', en: 'Visit' },
    entityId: { ar: 'الكيان الزائر', en: 'Visiting entity' },
    notes,
  },
  Activity: {
    entityId: { ar: 'الكيان المنفذ', en: 'Run by' },
    title: { ar: 'عنوان النشاط', en: 'Title' },
    heldOn: { ar: 'التاريخ', en: 'Date' },
    category: { ar: 'المجال', en: 'Category' },
    participants: { ar: 'عدد المشاركين', en: 'Participants' },
    description,
  },
  Volunteer: {
    personId: { ar: 'المتطوع', en: 'Person' },
    joinedOn: { ar: 'تاريخ الانضمام', en: 'Joined on' },
    skills: { ar: 'المهارات', en: 'Skills' },
    skillsNote: { ar: 'مهارات أخرى', en: 'Other skills' },
    notes,
    hours: { ar: 'الساعات التطوعية', en: 'Volunteer hours' },
    teams: { ar: 'الفرق التطوعية', en: 'Volunteer teams' },
    certificate: { ar: 'شهادة الساعات التطوعية', en: 'Volunteer-hours certificate' },
  },
  VolunteerTeamMember: {
    volunteerId,
    teamId: { ar: 'الفريق التطوعي', en: 'Volunteer team' },
    role: { ar: 'الدور', en: 'Role' },
    since,
    until,
  },
  Partner: {
    nameAr,
    nameEn,
    sector: { ar: 'القطاع', en: 'Sector' },
    contactName: { ar: 'مسؤول التواصل', en: 'Contact person' },
    phone,
    email,
    notes,
  },
  Initiative: {
    programId,
    teamId: { ar: 'الفريق التطوعي', en: 'Volunteer team' },
    title: { ar: 'عنوان المبادرة', en: 'Title' },
    service: { ar: 'الخدمة الاجتماعية', en: 'Social service' },
    description,
    startDate,
    endDate,
    beneficiaries: { ar: 'عدد المستفيدين', en: 'Beneficiaries reached' },
    supervisingUnitId: { ar: 'جهة الإشراف', en: 'Supervised by' },
    supervisorId: { ar: 'المشرف', en: 'Supervisor' },
    status,
    impactFormId,
    volunteers: { ar: 'المتطوعون المشاركون', en: 'Volunteers' },
    partners: { ar: 'الجهات الشريكة', en: 'Partners' },
  },
  InitiativeVolunteer: {
    initiativeId,
    volunteerId,
    hours: { ar: 'الساعات', en: 'Hours' },
    notes,
  },
  InitiativePartner: {
    initiativeId,
    partnerId: { ar: 'الجهة الشريكة', en: 'Partner' },
    contribution: { ar: 'الإسهام', en: 'Contribution' },
  },
  ImpactForm: {
    title: { ar: 'عنوان الاستمارة', en: 'Title' },
    target: { ar: 'تقيس أثر', en: 'Measures' },
    programId,
    description,
    questions: { ar: 'الأسئلة', en: 'Questions' },
    results: { ar: 'النتائج', en: 'Results' },
  },
  ImpactQuestion: {
    formId: { ar: 'الاستمارة', en: 'Form' },
    position: { ar: 'الترتيب', en: 'Position' },
    kind: { ar: 'نوع الإجابة', en: 'Answer kind' },
    prompt: { ar: 'نص السؤال', en: 'Question' },
    choices: { ar: 'الخيارات', en: 'Choices' },
    required: { ar: 'إجابته مطلوبة', en: 'Required' },
  },
  FormResponse: {
    formId: { ar: 'الاستمارة', en: 'Form' },
    visitId: { ar: 'الزيارة', en: 'Visit' },
    initiativeId,
    respondentName: { ar: 'اسم المستجيب', en: 'Respondent' },
    submittedOn: { ar: 'تاريخ التعبئة', en: 'Submitted on' },
    answers: { ar: 'الإجابات', en: 'Answers' },
  },
  AssociationEvent: {
    nameAr: { ar: 'اسم الفعالية', en: 'Name' },
    nameEn,
    kind: { ar: 'نوع الفعالية', en: 'Kind of event' },
    parentId: { ar: 'ضمن فعالية', en: 'Part of' },
    startDate: { ar: 'تاريخ البدء', en: 'Starts on' },
    endDate: { ar: 'تاريخ الانتهاء', en: 'Ends on' },
    timeNote: { ar: 'الوقت', en: 'Time' },
    venue: { ar: 'المقر', en: 'Venue' },
    description,
    exhibitors: { ar: 'الكيانات العارضة', en: 'Exhibitors' },
  },
  EventExhibitor: {
    eventId: { ar: 'الفعالية', en: 'Event' },
    entityId: { ar: 'الكيان العارض', en: 'Exhibitor' },
    notes,
  },
};
