import type { EntityManager } from '@mikro-orm/knex';
import { toIsoDate } from '@mujtama/shared/arabic';
import type {
  AccessRoute,
  AttendanceStatus,
  EnrollmentStatus,
  Gender,
  GoalProgress,
  InterestGroupTopic,
  PersonRole,
  RosterRole,
  SmokingStatus,
} from '@mujtama/shared/enums';
import type { BaseRecord } from '../common/base.entity';
import type { RecordPolicy } from '../common/records';
import { selectRows } from '../common/rows';
import {
  coachingEnrollmentPolicy,
  coachingSessionPolicy,
  lifestyleAssessmentPolicy,
} from '../health/coaching/coaching.resolver';
import {
  actionPlanPolicy,
  empowermentPriorityPolicy,
  planActionPolicy,
} from '../health/empowerment/empowerment.resolver';
import {
  groupMeetingPolicy,
  meetingAttendancePolicy,
} from '../health/interest-group/interest-group.resolver';
import { ProgramOffering } from '../health/offering/offering.entity';
import { personPolicy } from '../health/person/person.resolver';
import { rosterEntryPolicy } from '../health/roster/roster.resolver';
import { trainingAttendancePolicy, trainingEventPolicy } from '../health/training/training.resolver';
import { type DemoInput, DemoRows } from './demo-rows';

/*
 * Demo records that show the programs at work: clients, group members, team members and their
 * activity. Every record is `isDemo`; the real centers and programs of the announcement are not.
 * The same seed gives the same people and records on every fresh database; dates count back from
 * the day of seeding so the activity always looks recent.
 */

/** Space-separated words as a list. */
const words = (text: string) => text.split(' ');

const maleNames = words(
  'محمد عبدالله أحمد خالد فهد سعود عبدالرحمن فيصل ماجد عمر ياسر سلطان تركي نايف بندر حسن علي إبراهيم يوسف منصور عادل هشام وليد طلال',
);
const femaleNames = words(
  'نورة سارة فاطمة مريم هند عائشة ريم أمل منى لطيفة جواهر خلود هيفاء أسماء رهف شهد غادة وفاء بشرى نوف العنود حصة دلال سمر',
);
const familyNames = words(
  'الغامدي الزهراني الحربي العتيبي القرشي المالكي الثقفي الهذلي اللحياني السلمي الجهني الشهري القحطاني العمري الأنصاري البقمي المطيري الشريف الصبحي باعشن بخاري فلاتة هوساوي المكي الخزاعي الرحيلي السبيعي الدوسري',
);

/** A client's own goals and what the coach found at the first assessment. */
const coachingCases: readonly { goals: string; needs: string; smoking: SmokingStatus; diabetic?: true }[] = [
  {
    goals: 'إنقاص الوزن 5 كيلوغرامات خلال ثلاثة أشهر والمحافظة عليه',
    needs: 'زيادة في الوزن وقلة في النشاط البدني؛ يحتاج إلى خطة غذائية متوازنة وبرنامج مشي تدريجي',
    smoking: 'NEVER',
  },
  {
    goals: 'خفض السكر التراكمي إلى أقل من 7٪ بالالتزام بالنظام الغذائي والدواء',
    needs: 'سكري من النوع الثاني غير منضبط؛ يحتاج إلى التثقيف في توزيع النشويات وقراءة البطاقة الغذائية',
    smoking: 'NEVER',
    diabetic: true,
  },
  {
    goals: 'الإقلاع عن التدخين قبل نهاية الشهر القادم',
    needs: 'مدخن منذ سنوات؛ يحتاج إلى دعم سلوكي وإحالة إلى عيادة مكافحة التدخين عند الحاجة',
    smoking: 'CURRENT',
  },
  {
    goals: 'المشي 30 دقيقة خمسة أيام في الأسبوع',
    needs: 'نمط حياة خامل بسبب العمل المكتبي الطويل',
    smoking: 'FORMER',
  },
  {
    goals: 'خفض ضغط الدم بتقليل الملح وزيادة الخضار والفاكهة',
    needs: 'ارتفاع في ضغط الدم مع استهلاك عالٍ للملح والوجبات السريعة',
    smoking: 'NEVER',
  },
  {
    goals: 'تنظيم مواعيد النوم والتقليل من المشروبات المنبهة',
    needs: 'اضطراب في النوم وتوتر مرتبط بالعمل',
    smoking: 'NEVER',
  },
];

const sessionNotes: Readonly<Record<GoalProgress, readonly string[]>> = {
  NOT_STARTED: ['التعارف ومراجعة نتائج التقييم والاتفاق على هدف أول صغير'],
  SOME_PROGRESS: [
    'مراجعة السجل الغذائي للأسبوع الماضي ووضع هدف أسبوعي جديد',
    'مناقشة العوائق وخطة التعامل مع المناسبات الاجتماعية',
  ],
  ON_TRACK: ['الالتزام بالمشي جيد؛ تعزيز الدافعية ورفع الهدف تدريجيًا', 'قياس الوزن ومحيط الخصر؛ تحسن ملحوظ'],
  ACHIEVED: ['تحقق الهدف؛ وُضعت خطة للمحافظة عليه بعد انتهاء البرنامج'],
  SETBACK: ['انقطاع عن الخطة بسبب ظروف العمل؛ أُعيد ترتيب الأهداف'],
};

/**
 * Five clients a clinic: every status, both access routes, each started some days ago and, when
 * finished, after some days of coaching. A referral not yet seen has no visits.
 */
const clientPlans: readonly {
  status: EnrollmentStatus;
  route: AccessRoute | 'EITHER';
  startedDaysAgo: [number, number];
  lastedDays?: [number, number];
}[] = [
  { status: 'REFERRED', route: 'FAMILY_PHYSICIAN_REFERRAL', startedDaysAgo: [3, 20] },
  { status: 'ACTIVE', route: 'EITHER', startedDaysAgo: [40, 150] },
  { status: 'ACTIVE', route: 'DIRECT_BOOKING', startedDaysAgo: [40, 150] },
  { status: 'COMPLETED', route: 'EITHER', startedDaysAgo: [170, 220], lastedDays: [90, 120] },
  {
    status: 'WITHDRAWN',
    route: 'FAMILY_PHYSICIAN_REFERRAL',
    startedDaysAgo: [80, 180],
    lastedDays: [30, 50],
  },
];

const meetingTopics: Readonly<Partial<Record<InterestGroupTopic, readonly string[]>>> = {
  DIABETES: ['العناية بالقدم السكرية', 'قراءة نتيجة السكر التراكمي', 'الصيام الآمن لمرضى السكري'],
  OBESITY: ['التغذية المتوازنة وحجم الحصة', 'النشاط البدني في الحياة اليومية', 'الدعم النفسي وتقبّل الذات'],
  SMOKING_CESSATION: ['التعامل مع الرغبة في التدخين', 'تجنب الانتكاس في المناسبات', 'تجارب المقلعين'],
};
const generalMeetingTopics = [
  'التعايش مع المرض المزمن',
  'تبادل الخبرات والتحديات',
  'الدعم النفسي والاجتماعي',
];

const priorityIdeas: readonly { title: string; description: string; actions: readonly string[] }[] = [
  {
    title: 'رفع مستوى النشاط البدني بين سكان الحي',
    description: 'أظهر استبيان الحي قلة ممارسة المشي، خاصة بين النساء وكبار السن.',
    actions: [
      'تنظيم مشي جماعي أسبوعي بعد صلاة العصر',
      'التنسيق مع البلدية لإنارة ممر المشي',
      'حملة توعوية في مدارس الحي عن أهمية الحركة',
    ],
  },
  {
    title: 'الحد من التدخين بين الشباب',
    description: 'لاحظ أهالي الحي انتشار التدخين والشيشة بين طلاب المرحلة الثانوية.',
    actions: [
      'ورشة توعوية بالتعاون مع مركز مكافحة التدخين',
      'توزيع مواد توعوية في المحلات والمساجد',
      'تعريف الشباب بعيادات الإقلاع عن التدخين',
    ],
  },
  {
    title: 'تحسين العادات الغذائية لدى الأسر',
    description: 'كثرة الاعتماد على الوجبات السريعة والمشروبات المحلاة.',
    actions: [
      'ركن للتثقيف الغذائي في المركز الصحي',
      'مسابقة الطبق الصحي بين أسر الحي',
      'التنسيق مع مقاصف المدارس لتوفير خيارات صحية',
    ],
  },
  {
    title: 'الكشف المبكر عن السكري وارتفاع ضغط الدم',
    description: 'كثير من كبار السن في الحي لا يراجعون المركز الصحي إلا عند المرض.',
    actions: [
      'يوم مفتوح للفحص في ساحة الحي',
      'حصر كبار السن غير المراجعين للمركز',
      'متابعة من ترتفع نتائجهم مع طبيب الأسرة',
    ],
  },
  {
    title: 'مكافحة البعوض الناقل لحمى الضنك',
    description: 'تجمعات مياه قرب المنازل ومواقع البناء بعد الأمطار.',
    actions: [
      'حملة لإزالة المياه الراكدة حول المنازل',
      'توعية الأسر بتغطية خزانات المياه',
      'إبلاغ البلدية بمواقع تجمع المياه',
    ],
  },
  {
    title: 'دعم الصحة النفسية لكبار السن',
    description: 'عزلة بعض كبار السن الذين يعيشون وحدهم.',
    actions: [
      'زيارات منزلية لكبار السن بمشاركة متطوعين',
      'لقاء اجتماعي شهري في مركز الحي',
      'تعريف الأسر بعلامات الاكتئاب لدى كبار السن',
    ],
  },
];

const PROJECT =
  'ضمن مشروع «تعزيز صحة المجتمع المكي» للإدارة التنفيذية للصحة الوقائية: دورات تدريبية وورش عمل لأخصائي التثقيف الصحي وفق أدلة وزارة الصحة';
const TRAINING_VENUE = 'قاعة التدريب — الإدارة التنفيذية للصحة الوقائية، تجمع مكة المكرمة الصحي';

/** mulberry32: small, fast and the same sequence for the same seed. */
function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    int,
    /** A number in [min, max] with one decimal. */
    decimal: (min: number, max: number) => Math.round((min + next() * (max - min)) * 10) / 10,
    pick: <T>(items: readonly T[]): T => items[int(0, items.length - 1)],
    chance: (probability: number) => next() < probability,
  };
}

type Random = ReturnType<typeof seededRandom>;

class DemoSeed {
  readonly random: Random = seededRandom(20190410);
  readonly rows: DemoRows;
  private readonly usedNames = new Set<string>();
  private readonly todayMs: number;

  constructor(em: EntityManager, today: Date) {
    this.rows = new DemoRows(em);
    this.todayMs = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  }

  /** The day `offset` days from today (negative: in the past). */
  day(offset: number): string {
    return toIsoDate(new Date(this.todayMs + offset * 86_400_000));
  }

  create<E extends BaseRecord>(policy: RecordPolicy<E>, input: DemoInput<E>): Promise<number> {
    return this.rows.add(policy, input);
  }

  /** A demo person with a plausible Makkah name, never the same name twice, and a Saudi mobile number. */
  person(gender: Gender, roles: PersonRole[], birthYears: [number, number]): Promise<number> {
    let nameAr: string;
    do {
      const first = this.random.pick(gender === 'MALE' ? maleNames : femaleNames);
      nameAr = `${first} ${this.random.pick(maleNames)} ${this.random.pick(familyNames)}`;
    } while (this.usedNames.has(nameAr));
    this.usedNames.add(nameAr);
    const phone = `05${this.random.pick(['0', '3', '4', '5', '6', '9'])}${String(this.random.int(0, 9_999_999)).padStart(7, '0')}`;
    return this.create(personPolicy, {
      nameAr,
      gender,
      phone,
      birthYear: this.random.int(...birthYears),
      roles,
    });
  }

  gender(): Gender {
    return this.random.chance(0.5) ? 'FEMALE' : 'MALE';
  }

  roster(offeringId: number, personId: number, role: RosterRole, since: string): Promise<number> {
    return this.create(rosterEntryPolicy, { offeringId, personId, role, since });
  }
}

const staffBirthYears: [number, number] = [1970, 1996];
const memberBirthYears: [number, number] = [1950, 2004];

/** One health-coach clinic: its coach, health educator and family physician, and five clients; the educator's id. */
async function seedClinic(seed: DemoSeed, offeringId: number, index: number): Promise<number> {
  const { random } = seed;
  const since = seed.day(-random.int(300, 400));
  const coachId = await seed.person(seed.gender(), ['HEALTH_COACH'], staffBirthYears);
  const educatorId = await seed.person(seed.gender(), ['HEALTH_EDUCATOR'], staffBirthYears);
  const physicianId = await seed.person(seed.gender(), ['FAMILY_PHYSICIAN'], staffBirthYears);
  await seed.roster(offeringId, coachId, 'COACH', since);
  await seed.roster(offeringId, educatorId, 'HEALTH_EDUCATOR', since);
  await seed.roster(offeringId, physicianId, 'FAMILY_PHYSICIAN', since);

  for (const [position, plan] of clientPlans.entries()) {
    const route: AccessRoute =
      plan.route === 'EITHER'
        ? (index + position) % 2 === 0
          ? 'FAMILY_PHYSICIAN_REFERRAL'
          : 'DIRECT_BOOKING'
        : plan.route;
    const gender = seed.gender();
    const personId = await seed.person(gender, ['COMMUNITY_MEMBER'], memberBirthYears);
    const coachingCase = coachingCases[(index + position) % coachingCases.length];
    const started = -random.int(...plan.startedDaysAgo);
    const ended = plan.lastedDays ? started + random.int(...plan.lastedDays) : null;
    const enrollmentId = await seed.create(coachingEnrollmentPolicy, {
      personId,
      offeringId,
      coachId,
      accessRoute: route,
      referringPhysicianId: route === 'FAMILY_PHYSICIAN_REFERRAL' ? physicianId : null,
      status: plan.status,
      enrolledOn: seed.day(started),
      endedOn: ended === null ? null : seed.day(ended),
      goals: coachingCase.goals,
    });
    if (plan.status === 'REFERRED') continue;
    await seedAssessment(seed, enrollmentId, seed.day(started), gender, coachingCase);
    await seedSessions(seed, enrollmentId, plan.status, started, ended ?? -3);
  }
  return educatorId;
}

async function seedAssessment(
  seed: DemoSeed,
  enrollmentId: number,
  assessedOn: string,
  gender: Gender,
  coachingCase: (typeof coachingCases)[number],
) {
  const { random } = seed;
  const heightCm = gender === 'MALE' ? random.int(160, 184) : random.int(150, 170);
  const bmi = random.decimal(24, 36);
  await seed.create(lifestyleAssessmentPolicy, {
    enrollmentId,
    assessedOn,
    heightCm,
    weightKg: Math.round(bmi * (heightCm / 100) ** 2 * 10) / 10,
    waistCm: Math.round(50 + bmi * 1.6 + (gender === 'MALE' ? 6 : 0)) + random.int(-4, 4),
    systolicBp: random.int(118, 152),
    diastolicBp: random.int(74, 96),
    fastingGlucoseMgDl: coachingCase.diabetic ? random.int(140, 210) : random.int(85, 115),
    hba1cPercent: coachingCase.diabetic ? random.decimal(7.4, 9.6) : random.decimal(5.0, 6.2),
    activityMinutesPerWeek: random.pick([0, 30, 45, 60, 90, 120]),
    fruitVegServingsPerDay: random.int(1, 4),
    sleepHoursPerNight: random.decimal(5, 8),
    smokingStatus: coachingCase.smoking,
    stressLevel: random.int(2, 5),
    healthNeeds: coachingCase.needs,
  });
}

/** Two to four follow-ups between the enrollment day and its end (or a few days ago), some remote. */
async function seedSessions(
  seed: DemoSeed,
  enrollmentId: number,
  status: EnrollmentStatus,
  from: number,
  to: number,
) {
  const { random } = seed;
  const count = status === 'WITHDRAWN' ? 2 : random.int(3, 4);
  const step = Math.floor((to - from) / count);
  for (let session = 0; session < count; session++) {
    const last = session === count - 1;
    const progress: GoalProgress =
      session === 0
        ? 'NOT_STARTED'
        : last && status === 'COMPLETED'
          ? 'ACHIEVED'
          : last && status === 'WITHDRAWN'
            ? 'SETBACK'
            : random.pick(['SOME_PROGRESS', 'ON_TRACK'] as const);
    await seed.create(coachingSessionPolicy, {
      enrollmentId,
      heldOn: seed.day(from + step * session + random.int(1, Math.max(1, step - 1))),
      mode: random.chance(0.35) ? 'REMOTE' : 'IN_CLINIC',
      durationMinutes: random.pick([20, 30, 30, 45]),
      progress,
      notes: random.pick(sessionNotes[progress]),
    });
  }
}

/**
 * One interest group: a health educator facilitating, four patients and two family members, and
 * its meetings; the facilitator's id.
 */
async function seedInterestGroup(
  seed: DemoSeed,
  offeringId: number,
  topic: InterestGroupTopic | null | undefined,
): Promise<number> {
  const { random } = seed;
  const started = -random.int(110, 160);
  const since = seed.day(started);
  const facilitatorId = await seed.person(seed.gender(), ['HEALTH_EDUCATOR'], staffBirthYears);
  await seed.roster(offeringId, facilitatorId, 'FACILITATOR', since);
  const members: number[] = [];
  for (const role of [
    'GROUP_MEMBER_PATIENT',
    'GROUP_MEMBER_PATIENT',
    'GROUP_MEMBER_PATIENT',
    'GROUP_MEMBER_PATIENT',
    'GROUP_MEMBER_FAMILY',
    'GROUP_MEMBER_FAMILY',
  ] as const) {
    const personId = await seed.person(seed.gender(), ['COMMUNITY_MEMBER'], memberBirthYears);
    members.push(await seed.roster(offeringId, personId, role, since));
  }
  const topics = (topic && meetingTopics[topic]) ?? generalMeetingTopics;
  const meetings = random.int(2, 3);
  for (let meeting = 0; meeting < meetings; meeting++) {
    const meetingId = await seed.create(groupMeetingPolicy, {
      offeringId,
      heldOn: seed.day(started + 14 + meeting * 30 + random.int(0, 6)),
      topic: topics[meeting],
      notes: 'شارك الأعضاء تجاربهم وقدّم الميسّر معلومات موثوقة حول الموضوع.',
    });
    for (const rosterEntryId of members) {
      const present = random.chance(0.8);
      await seed.create(meetingAttendancePolicy, {
        meetingId,
        rosterEntryId,
        present,
        notes: present ? null : 'اعتذر لظرف خاص',
      });
    }
  }
  return facilitatorId;
}

/** One community-empowerment team: four members, two priorities, a plan on the first with three actions. */
async function seedEmpowermentTeam(seed: DemoSeed, offeringId: number, index: number) {
  const { random } = seed;
  const started = -random.int(90, 150);
  const members: number[] = [];
  for (let member = 0; member < 4; member++) {
    const roles: PersonRole[] = member === 0 ? ['COMMUNITY_MEMBER', 'VOLUNTEER'] : ['COMMUNITY_MEMBER'];
    const personId = await seed.person(seed.gender(), roles, memberBirthYears);
    await seed.roster(offeringId, personId, 'TEAM_MEMBER', seed.day(started));
    members.push(personId);
  }
  const first = priorityIdeas[index % priorityIdeas.length];
  const second = priorityIdeas[(index + 3) % priorityIdeas.length];
  const priorityId = await seed.create(empowermentPriorityPolicy, {
    offeringId,
    title: first.title,
    description: first.description,
    rank: 1,
    status: 'ADOPTED',
  });
  await seed.create(empowermentPriorityPolicy, {
    offeringId,
    title: second.title,
    description: second.description,
    rank: 2,
    status: 'PROPOSED',
  });
  const planStart = started + 21;
  const planId = await seed.create(actionPlanPolicy, {
    offeringId,
    priorityId,
    title: `خطة: ${first.title}`,
    status: 'ACTIVE',
    startDate: seed.day(planStart),
    endDate: seed.day(planStart + 180),
  });
  const statuses = ['DONE', 'IN_PROGRESS', 'NOT_STARTED'] as const;
  for (const [position, description] of first.actions.entries()) {
    await seed.create(planActionPolicy, {
      planId,
      description,
      ownerId: members[position],
      dueDate: seed.day(planStart + 30 * (position + 1)),
      status: statuses[position],
    });
  }
}

/** Three training events for health educators, two held and one to come, with their trainees. */
async function seedTraining(seed: DemoSeed, educators: number[]) {
  const { random } = seed;
  const events = [
    {
      title: 'ورشة عمل: تطبيق دليل برنامج المدرب الصحي',
      kind: 'WORKSHOP',
      start: -random.int(95, 110),
      days: 1,
      hours: 6,
      aim: 'تقييم نمط الحياة وتحديد الاحتياجات الصحية ومتابعة المستفيد في العيادة أو عن بعد.',
    },
    {
      title: 'دورة تدريبية: تيسير مجموعات الاهتمام ودعم الأقران',
      kind: 'COURSE',
      start: -random.int(40, 55),
      days: 3,
      hours: 15,
      aim: 'إدارة لقاءات مجموعات مرضى السكري والسمنة والمقلعين عن التدخين وتبادل الخبرات.',
    },
    {
      title: 'ورشة عمل: إشراك المجتمع في تحديد الأولويات الصحية',
      kind: 'WORKSHOP',
      start: random.int(15, 25),
      days: 1,
      hours: 5,
      aim: 'أدوات التمكين المجتمعي: تحديد الأولويات مع السكان ووضع الخطط وتنفيذها.',
    },
  ] as const;
  for (const [position, event] of events.entries()) {
    const eventId = await seed.create(trainingEventPolicy, {
      title: event.title,
      kind: event.kind,
      audience: 'HEALTH_EDUCATORS',
      organizer: 'HEALTH_CLUSTER',
      startDate: seed.day(event.start),
      endDate: event.days > 1 ? seed.day(event.start + event.days - 1) : null,
      location: TRAINING_VENUE,
      hours: event.hours,
      description: `${PROJECT}. ${event.aim}`,
    });
    const held = event.start < 0;
    const trainees = educators.filter((_, i) => (i + position) % 2 === 0).slice(0, 12);
    for (const personId of trainees) {
      const status: AttendanceStatus = !held
        ? 'REGISTERED'
        : random.pick([
            'COMPLETED',
            'COMPLETED',
            'COMPLETED',
            'COMPLETED',
            'COMPLETED',
            'ATTENDED',
            'ABSENT',
          ] as const);
      await seed.create(trainingAttendancePolicy, { eventId, personId, status });
    }
  }
}

/** Demo activity for every program offering the announcement names, and training for their health educators. */
export async function seedHealthDemo(em: EntityManager, today = new Date()): Promise<void> {
  const seed = new DemoSeed(em, today);
  const offerings = await selectRows(em, ProgramOffering, { orderBy: [{ id: 'asc' }] });
  const educators: number[] = [];
  let clinics = 0;
  let teams = 0;
  for (const offering of offerings) {
    if (offering.kind === 'HEALTH_COACH') educators.push(await seedClinic(seed, offering.id, clinics++));
    else if (offering.kind === 'INTEREST_GROUP')
      educators.push(await seedInterestGroup(seed, offering.id, offering.topic));
    else await seedEmpowermentTeam(seed, offering.id, teams++);
  }
  await seedTraining(seed, educators);
  await seed.rows.write();
}
