/**
 * The neighborhood centers association as the news text of its closing ceremony names it
 * (seeds/004). Every Arabic text here is the source's own wording or a name it gives.
 */

export const associationUnits = {
  association: {
    nameAr: 'جمعية مراكز الأحياء بمكة المكرمة',
    nameEn: 'Makkah Neighborhood Centers Association',
    kind: 'ASSOCIATION',
  },
  branchCouncil: {
    nameAr: 'المجلس الفرعي',
    nameEn: 'Branch council',
    kind: 'BRANCH_COUNCIL',
    headTitle: 'وكيل إمارة منطقة مكة المكرمة',
  },
  secretariat: {
    nameAr: 'أمانة الجمعية',
    nameEn: 'Secretariat',
    kind: 'SECRETARIAT',
    description: 'وضعت الخطة التنفيذية للبرنامجين بالتعاون مع المراكز.',
  },
  volunteeringUnit: {
    nameAr: 'وحدة التطوع',
    nameEn: 'Volunteering unit',
    kind: 'VOLUNTEERING_UNIT',
    description: 'يشرف فريق متخصص منها على المبادرات التطوعية للفرق.',
  },
} as const;

export const specialProjects = ['تعظيم البلد الحرام', 'مركز يسر النسائي', 'مركز تقني'];

export const cooperationProgram = {
  nameAr: 'تعاون',
  nameEn: 'Taawun',
  kind: 'CENTERS_COOPERATION',
  goals:
    'تحسين خدمات وأنشطة مراكز الأحياء من خلال تبادل الخبرات بين منسوبي المراكز واستثمار قدرات أهل الحي وقياس أثر الأنشطة المتنوعة، لتحقيق التعاون والتكامل ومن ثم التميز في العمل الاجتماعي.',
  description:
    'خطة تنفيذية وضعتها أمانة الجمعية بالتعاون مع المراكز، تنفذ عن طريق ثلاث لجان رئيسية تعنى بالإشراف والتنفيذ والمتابعة، وتقسم فيها المراكز إلى مجموعات تتبادل الزيارات فيما بينها في تواريخ محددة.',
} as const;

export const volunteeringProgram = {
  nameAr: 'تم',
  nameEn: 'Tam',
  kind: 'VOLUNTEER_INITIATIVES',
  goals:
    'استثمار وتطوير قدرات منسوبي الفرق التطوعية عن طريق تقديم مبادرات تطوعية يقدم من خلالها كل فريق تطوعي خدمات اجتماعية متنوعة بإشراف فريق متخصص من وحدة التطوع بالجمعية.',
  description:
    'بدأت الخطة بورش عمل وعدد من البرامج التدريبية، تلاها تكوين عدد من اللجان لمتابعة تنفيذ خطة العمل التنفيذية، مع استمارات إلكترونية لقياس أثر المبادرات ومدى فاعليتها.',
} as const;

/** The three main committees of «تعاون». */
export const cooperationCommittees = [
  { kind: 'SUPERVISION', nameAr: 'لجنة الإشراف' },
  { kind: 'EXECUTION', nameAr: 'لجنة التنفيذ' },
  { kind: 'FOLLOW_UP', nameAr: 'لجنة المتابعة' },
] as const;

export const chamberOfCommerce = 'الغرفة التجارية بمكة';

/** Wednesday 5/8/1440 AH (Umm al-Qura) and the Tuesday before it. */
export const forumDays = { tuesday: '2019-04-09', wednesday: '2019-04-10' } as const;

export const annualForum = {
  nameAr: 'الملتقى السنوي لمراكز الأحياء',
  nameEn: 'Annual forum of neighborhood centers',
  kind: 'ANNUAL_FORUM',
  startDate: forumDays.tuesday,
  endDate: forumDays.wednesday,
} as const;

export const closingCeremony = {
  nameAr: 'الحفل الختامي لبرنامجي «تعاون» و«تم»',
  nameEn: 'Closing ceremony of the Taawun and Tam programs',
  kind: 'CLOSING_CEREMONY',
  startDate: forumDays.wednesday,
  timeNote: 'بعد صلاة المغرب',
  venue: chamberOfCommerce,
  description:
    'يرعاه وكيل إمارة منطقة مكة المكرمة ورئيس المجلس الفرعي لجمعية مراكز الأحياء، بإشراف ومتابعة من مستشار خادم الحرمين الشريفين أمير منطقة مكة المكرمة.',
} as const;

export const exhibition = {
  nameAr: 'معرض أنشطة وفعاليات الجمعية وكياناتها',
  nameEn: 'Exhibition of the association’s and its entities’ activities',
  kind: 'EXHIBITION',
  startDate: forumDays.tuesday,
  endDate: forumDays.wednesday,
  venue: chamberOfCommerce,
  description: 'يصاحب الحفل الختامي، ويفتح لجميع الزوار يومي الثلاثاء والأربعاء.',
} as const;
