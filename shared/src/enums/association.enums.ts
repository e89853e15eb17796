import { defineEnum, type EnumValue } from './define-enum';

export const AssociationUnitKind = defineEnum(
  'AssociationUnitKind',
  'The bodies of the neighborhood centers association: the association itself and the units under it.',
  {
    ASSOCIATION: { ar: 'الجمعية', en: 'The association' },
    BRANCH_COUNCIL: { ar: 'المجلس الفرعي', en: 'Branch council' },
    SECRETARIAT: { ar: 'أمانة الجمعية', en: 'Secretariat' },
    VOLUNTEERING_UNIT: { ar: 'وحدة التطوع', en: 'Volunteering unit' },
  },
);
export type AssociationUnitKind = EnumValue<typeof AssociationUnitKind>;

export const AssociationEntityKind = defineEnum(
  'AssociationEntityKind',
  'The four kinds of entities (كيانات) the association brings together.',
  {
    NEIGHBORHOOD_CENTER: { ar: 'مركز حي', en: 'Neighborhood center' },
    NEIGHBORHOOD_FORUM: { ar: 'منتدى حي', en: 'Neighborhood forum' },
    VOLUNTEER_TEAM: { ar: 'فريق تطوعي', en: 'Volunteer team' },
    SPECIAL_PROJECT: { ar: 'مشروع نوعي', en: 'Special project' },
  },
);
export type AssociationEntityKind = EnumValue<typeof AssociationEntityKind>;

/** Entity kinds that belong to a neighborhood center. */
export const entityKindsWithCenter: readonly AssociationEntityKind[] = [
  'NEIGHBORHOOD_FORUM',
  'VOLUNTEER_TEAM',
];

export const AssociationProgramKind = defineEnum(
  'AssociationProgramKind',
  'What an association program works through: centers exchanging expertise, or volunteer initiatives.',
  {
    CENTERS_COOPERATION: { ar: 'تعاون المراكز وتبادل الخبرات', en: 'Cooperation between centers' },
    VOLUNTEER_INITIATIVES: { ar: 'المبادرات التطوعية', en: 'Volunteer initiatives' },
  },
);
export type AssociationProgramKind = EnumValue<typeof AssociationProgramKind>;

export const CommitteeKind = defineEnum('CommitteeKind', 'What a program committee is charged with.', {
  SUPERVISION: { ar: 'الإشراف', en: 'Supervision' },
  EXECUTION: { ar: 'التنفيذ', en: 'Execution' },
  FOLLOW_UP: { ar: 'المتابعة', en: 'Follow-up' },
});
export type CommitteeKind = EnumValue<typeof CommitteeKind>;

export const CommitteeRole = defineEnum('CommitteeRole', 'The seat a member holds on a committee.', {
  CHAIR: { ar: 'رئيس اللجنة', en: 'Chair' },
  SECRETARY: { ar: 'مقرر اللجنة', en: 'Secretary' },
  MEMBER: { ar: 'عضو', en: 'Member' },
});
export type CommitteeRole = EnumValue<typeof CommitteeRole>;

export const VisitKind = defineEnum('VisitKind', 'Why a visit is made.', {
  PROACTIVE: { ar: 'زيارة استباقية', en: 'Proactive visit' },
  EXCHANGE: { ar: 'زيارة تبادلية', en: 'Exchange visit' },
});
export type VisitKind = EnumValue<typeof VisitKind>;

export const VisitStatus = defineEnum('VisitStatus', 'Where a visit stands.', {
  SCHEDULED: { ar: 'مجدولة', en: 'Scheduled' },
  COMPLETED: { ar: 'منفذة', en: 'Completed' },
  POSTPONED: { ar: 'مؤجلة', en: 'Postponed' },
  CANCELLED: { ar: 'ملغاة', en: 'Cancelled' },
});
export type VisitStatus = EnumValue<typeof VisitStatus>;

export const ActivityCategory = defineEnum('ActivityCategory', 'The field an entity’s activity serves.', {
  SOCIAL: { ar: 'اجتماعي', en: 'Social' },
  CULTURAL: { ar: 'ثقافي', en: 'Cultural' },
  EDUCATIONAL: { ar: 'تعليمي', en: 'Educational' },
  HEALTH: { ar: 'صحي', en: 'Health' },
  SPORTS: { ar: 'رياضي', en: 'Sports' },
  RELIGIOUS: { ar: 'ديني', en: 'Religious' },
  ENVIRONMENTAL: { ar: 'بيئي', en: 'Environmental' },
  FAMILY: { ar: 'أسري', en: 'Family' },
  YOUTH: { ar: 'شبابي', en: 'Youth' },
  CHILDREN: { ar: 'للأطفال', en: 'Children' },
  OTHER: { ar: 'أخرى', en: 'Other' },
});
export type ActivityCategory = EnumValue<typeof ActivityCategory>;

export const VolunteerSkill = defineEnum('VolunteerSkill', 'What a volunteer can bring to an initiative.', {
  EVENT_ORGANIZING: { ar: 'تنظيم الفعاليات', en: 'Event organizing' },
  CROWD_MANAGEMENT: { ar: 'إدارة الحشود', en: 'Crowd management' },
  FIRST_AID: { ar: 'الإسعافات الأولية', en: 'First aid' },
  MEDIA_AND_DESIGN: { ar: 'الإعلام والتصميم', en: 'Media and design' },
  PHOTOGRAPHY: { ar: 'التصوير', en: 'Photography' },
  TEACHING: { ar: 'التعليم والتدريب', en: 'Teaching and training' },
  TECHNOLOGY: { ar: 'التقنية', en: 'Technology' },
  TRANSLATION: { ar: 'الترجمة', en: 'Translation' },
  ELDERLY_CARE: { ar: 'رعاية كبار السن', en: 'Elderly care' },
  DRIVING: { ar: 'القيادة والنقل', en: 'Driving' },
});
export type VolunteerSkill = EnumValue<typeof VolunteerSkill>;

export const TeamRole = defineEnum('TeamRole', 'The part a volunteer plays in a volunteer team.', {
  LEADER: { ar: 'قائد الفريق', en: 'Team leader' },
  MEMBER: { ar: 'عضو', en: 'Member' },
});
export type TeamRole = EnumValue<typeof TeamRole>;

export const SocialService = defineEnum('SocialService', 'The social service an initiative delivers.', {
  PILGRIM_SERVICE: { ar: 'خدمة ضيوف الرحمن', en: 'Serving pilgrims and visitors' },
  ELDERLY_CARE: { ar: 'رعاية كبار السن', en: 'Elderly care' },
  FAMILY_SUPPORT: { ar: 'دعم الأسر المحتاجة', en: 'Support for families in need' },
  FOOD_DISTRIBUTION: { ar: 'توزيع الوجبات والسلال الغذائية', en: 'Food distribution' },
  HEALTH_AWARENESS: { ar: 'التوعية الصحية', en: 'Health awareness' },
  EDUCATION_SUPPORT: { ar: 'الدعم التعليمي', en: 'Education support' },
  ENVIRONMENT: { ar: 'النظافة وتحسين البيئة', en: 'Cleanliness and environment' },
  CHILDREN_AND_YOUTH: { ar: 'برامج الأطفال والشباب', en: 'Children and youth' },
  DISABILITY_SUPPORT: { ar: 'خدمة ذوي الإعاقة', en: 'Support for people with disabilities' },
  OTHER: { ar: 'خدمات أخرى', en: 'Other services' },
});
export type SocialService = EnumValue<typeof SocialService>;

export const InitiativeStatus = defineEnum('InitiativeStatus', 'Where a volunteer initiative stands.', {
  PLANNED: { ar: 'مخطط لها', en: 'Planned' },
  IN_PROGRESS: { ar: 'قيد التنفيذ', en: 'In progress' },
  DELIVERED: { ar: 'منفذة', en: 'Delivered' },
  CANCELLED: { ar: 'ملغاة', en: 'Cancelled' },
});
export type InitiativeStatus = EnumValue<typeof InitiativeStatus>;

export const PartnerSector = defineEnum('PartnerSector', 'The sector a partner body belongs to.', {
  GOVERNMENT: { ar: 'جهة حكومية', en: 'Government' },
  PRIVATE: { ar: 'قطاع خاص', en: 'Private sector' },
  NON_PROFIT: { ar: 'قطاع غير ربحي', en: 'Non-profit' },
});
export type PartnerSector = EnumValue<typeof PartnerSector>;

export const ImpactFormTarget = defineEnum('ImpactFormTarget', 'What an impact form measures.', {
  VISIT: { ar: 'زيارة', en: 'Visit' },
  INITIATIVE: { ar: 'مبادرة تطوعية', en: 'Volunteer initiative' },
});
export type ImpactFormTarget = EnumValue<typeof ImpactFormTarget>;

export const QuestionKind = defineEnum('QuestionKind', 'The kind of answer an impact-form question takes.', {
  RATING: { ar: 'تقييم من 1 إلى 5', en: 'Rating from 1 to 5' },
  YES_NO: { ar: 'نعم أو لا', en: 'Yes or no' },
  NUMBER: { ar: 'رقم', en: 'Number' },
  SINGLE_CHOICE: { ar: 'اختيار واحد', en: 'Single choice' },
  MULTIPLE_CHOICE: { ar: 'اختيار متعدد', en: 'Multiple choice' },
  TEXT: { ar: 'نص حر', en: 'Free text' },
});
export type QuestionKind = EnumValue<typeof QuestionKind>;

/** Question kinds answered by picking from the question's choices. */
export const choiceQuestionKinds: readonly QuestionKind[] = ['SINGLE_CHOICE', 'MULTIPLE_CHOICE'];

export const AssociationEventKind = defineEnum('AssociationEventKind', 'What kind of association event.', {
  ANNUAL_FORUM: { ar: 'ملتقى سنوي', en: 'Annual forum' },
  CLOSING_CEREMONY: { ar: 'حفل ختامي', en: 'Closing ceremony' },
  EXHIBITION: { ar: 'معرض', en: 'Exhibition' },
  OTHER: { ar: 'فعالية أخرى', en: 'Other event' },
});
export type AssociationEventKind = EnumValue<typeof AssociationEventKind>;
