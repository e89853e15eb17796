import { accessOf, everyRole, healthDetailReaders } from '@mujtama/shared/access';
import { ImportType, importResource, type UserRole } from '@mujtama/shared/enums';
import { type ResourceType, resources } from '@mujtama/shared/resources';
import {
  buildClientSchema,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getIntrospectionQuery,
  getNamedType,
  type IntrospectionQuery,
  isInputObjectType,
  isLeafType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLResponse, startApi, type TestApi } from './harness';

type Input = Record<string, unknown>;
type Side = 'A' | 'B';
type ScopedRole = Extract<UserRole, 'HEALTH_MANAGER' | 'COACH'>;
const SIGNED_OUT = 'SIGNED_OUT';
type Caller = UserRole | typeof SIGNED_OUT;

const callers: readonly Caller[] = [...everyRole, SIGNED_OUT];
const scopedRoles: readonly ScopedRole[] = ['HEALTH_MANAGER', 'COACH'];
const sides: readonly Side[] = ['A', 'B'];
const resourceTypes = Object.keys(resources) as ResourceType[];
const PASSWORD = 'Matrix-Password-2026';
const DAY = 86_400_000;

/** The health records a manager reads for their own centers only, and a coach for their own clients. */
const readScope: Record<ScopedRole, readonly ResourceType[]> = {
  HEALTH_MANAGER: [
    'Person',
    'RosterEntry',
    'CoachingEnrollment',
    'LifestyleAssessment',
    'CoachingSession',
    'GroupMeeting',
    'MeetingAttendance',
    'EmpowermentPriority',
    'ActionPlan',
    'PlanAction',
  ],
  COACH: ['Person', 'CoachingEnrollment', 'LifestyleAssessment', 'CoachingSession'],
};

/** What they change is held to the same rows; a manager also changes only their own centers and offerings. */
const writeScope: Record<ScopedRole, readonly ResourceType[]> = {
  HEALTH_MANAGER: [...readScope.HEALTH_MANAGER, 'HealthCenter', 'ProgramOffering'],
  COACH: readScope.COACH,
};

/** Personal health detail, read by health staff only: two fields, and lifestyle assessments as a whole. */
const personalFields: Partial<Record<ResourceType, readonly string[]>> = {
  CoachingEnrollment: ['goals'],
  CoachingSession: ['notes'],
  LifestyleAssessment: ['healthNeeds'],
};

/** Figures of `statistics` named otherwise than the list of the records they count. */
const statisticsOf: Record<string, ResourceType> = { rosterMembers: 'RosterEntry' };

/** Only administrators remove the demo data. */
const demoRemovers: readonly UserRole[] = ['ADMIN'];

/** Whoever may create one of the importable types may use the import; each row is then checked as a create. */
const importers: readonly UserRole[] = [
  ...new Set(ImportType.keys.flatMap((type) => accessOf(importResource[type]).write)),
];

const isScoped = (caller: Caller): caller is ScopedRole =>
  (scopedRoles as readonly Caller[]).includes(caller);

const byRole = (roles: readonly UserRole[], caller: Caller): string =>
  caller === SIGNED_OUT ? 'UNAUTHENTICATED' : roles.includes(caller) ? 'OK' : 'FORBIDDEN';

const readOutcome = (type: ResourceType, caller: Caller) => byRole(accessOf(type).read, caller);

/** A create or a change of a record on `side`: the access table, then the caller's row scope. */
function writeOutcome(type: ResourceType, caller: Caller, creating: boolean, side: Side): string {
  const byAccess = byRole(accessOf(type).write, caller);
  if (byAccess !== 'OK' || !isScoped(caller) || !writeScope[caller].includes(type)) return byAccess;
  // A new person is in no program yet, and so within every manager's reach.
  if (creating && type === 'Person') return 'OK';
  // A manager's centers come with their user: a center created later is never one of them.
  if (creating && type === 'HealthCenter') return 'FORBIDDEN';
  return side === 'A' ? 'OK' : 'FORBIDDEN';
}

/**
 * Words written only into the texts of rows some roles must not see, so that finding one in an answer
 * to such a role is a leak: one word per scoped role on the B side's rows, one in every personal field.
 */
const scopeWord: Record<ScopedRole, string> = { HEALTH_MANAGER: 'ياقوت', COACH: 'مرجان' };
const PERSONAL = 'سرية';

const hiddenWords = (role: UserRole): string[] => [
  ...(healthDetailReaders.includes(role) ? [] : [PERSONAL]),
  ...(isScoped(role) ? [scopeWord[role]] : []),
];

/** The types whose rows carry `word`: so a search for it finds them when nothing hides them. */
const holders = (word: string): ResourceType[] =>
  word === PERSONAL
    ? (Object.keys(personalFields) as ResourceType[])
    : scopedRoles.filter((role) => scopeWord[role] === word).flatMap((role) => readScope[role]);

const text = (...parts: string[]) => parts.filter(Boolean).join(' ');

/** The words of the scoped roles that do not see the B side's rows of `type`. */
const marks = (type: ResourceType, side: Side) =>
  side === 'A'
    ? ''
    : text(...scopedRoles.filter((role) => readScope[role].includes(type)).map((role) => scopeWord[role]));

/** What a fixture may ask for while it builds an input. */
interface Build {
  /** True while building the shared rows, which refer to one another. */
  shared: boolean;
  /** A number no other input has, for names that must be unique. */
  serial: number;
  /** The shared record of `type` on a side, made on first use. */
  row(type: ResourceType, side: Side): Promise<string>;
  named(name: NamedRow, side: Side): Promise<string>;
  /** For a reference that must differ between records: the shared row while building it, else a new one. */
  distinct(type: ResourceType, side: Side): Promise<string>;
  /** A day on which no visit is booked yet. */
  day(): string;
}

interface Fixture {
  /** A valid `Create<Type>Input` for a record on `side`. */
  create(build: Build, side: Side): Promise<Input>;
  /** A valid change. */
  update: Input;
  /** The references that place a record in a center or with a coach. */
  placedBy?: readonly string[];
}

type NamedRow =
  | 'coach'
  | 'physician'
  | 'outsider'
  | 'sharedPerson'
  | 'coachRoster'
  | 'interestGroup'
  | 'team'
  | 'groupMember'
  | 'sharedMember'
  | 'volunteerTeam'
  | 'otherCenter'
  | 'initiativeProgram';

const personInput = (build: Build, name: string, hidden: string, roles: string[]): [ResourceType, Input] => [
  'Person',
  { nameAr: text(name, String(build.serial), hidden), gender: 'MALE', roles },
];

/** Rows besides the shared one of each type. The shared person of a side is its coaching client. */
const namedRows: Record<NamedRow, (build: Build, side: Side) => Promise<[ResourceType, Input]>> = {
  coach: async (b, side) => personInput(b, 'مدرب', marks('Person', side), ['HEALTH_COACH']),
  // Referring physicians and people in no program are seen by every manager and by no coach.
  physician: async (b) => personInput(b, 'طبيب', scopeWord.COACH, ['FAMILY_PHYSICIAN']),
  outsider: async (b) => personInput(b, 'جار', scopeWord.COACH, ['COMMUNITY_MEMBER']),
  sharedPerson: async (b) => personInput(b, 'عضو', scopeWord.COACH, ['COMMUNITY_MEMBER']),
  // On their clinic's roster, so each coach is in their own side's program.
  coachRoster: async (b, side) => [
    'RosterEntry',
    {
      offeringId: await b.row('ProgramOffering', side),
      personId: await b.named('coach', side),
      role: 'COACH',
      notes: text('مدرب العيادة', marks('RosterEntry', side)),
    },
  ],
  interestGroup: async (b, side) => [
    'ProgramOffering',
    { centerId: await b.row('HealthCenter', side), kind: 'INTEREST_GROUP', topic: 'DIABETES' },
  ],
  team: async (b, side) => [
    'ProgramOffering',
    { centerId: await b.row('HealthCenter', side), kind: 'COMMUNITY_EMPOWERMENT' },
  ],
  groupMember: async (b, side) => [
    'RosterEntry',
    {
      offeringId: await b.named('interestGroup', side),
      personId: await b.row('Person', side),
      role: 'GROUP_MEMBER_PATIENT',
      notes: text('عضو المجموعة', marks('RosterEntry', side)),
    },
  ],
  // One person in the interest groups of both sides: a manager sees them, with this side's entry only.
  sharedMember: async (b, side) => [
    'RosterEntry',
    {
      offeringId: await b.named('interestGroup', side),
      personId: await b.named('sharedPerson', 'A'),
      role: 'GROUP_MEMBER_FAMILY',
      notes: text('عضو المجموعة', marks('RosterEntry', side)),
    },
  ],
  volunteerTeam: async (b, side) => [
    'AssociationEntity',
    {
      nameAr: text('فريق تطوعي', String(b.serial)),
      kind: 'VOLUNTEER_TEAM',
      centerId: await b.row('AssociationEntity', side),
      managerId: await b.row('Person', side),
    },
  ],
  otherCenter: async (b, side) => [
    'AssociationEntity',
    {
      nameAr: text('مركز حي', String(b.serial)),
      kind: 'NEIGHBORHOOD_CENTER',
      managerId: await b.row('Person', side),
    },
  ],
  initiativeProgram: async (b) => [
    'AssociationProgram',
    { nameAr: text('برنامج المبادرات', String(b.serial)), kind: 'VOLUNTEER_INITIATIVES' },
  ],
};

/** A valid input of every record type; null for the audit log, which the server alone writes. */
const fixtures: Record<ResourceType, Fixture | null> = {
  User: {
    create: async (b) => ({
      email: `user${b.serial}@matrix.test`,
      displayName: text('مستخدم', String(b.serial)),
      role: 'VIEWER',
      password: PASSWORD,
    }),
    update: { displayName: 'مستخدم المصفوفة' },
  },
  AuditEntry: null,
  District: {
    create: async (b) => ({ nameAr: text('حي', String(b.serial)) }),
    update: { nameEn: 'District' },
  },
  HealthCenter: {
    create: async (b, side) => ({
      nameAr: text('مركز صحي', String(b.serial)),
      districtId: await b.row('District', side),
    }),
    update: { address: 'شارع المسجد' },
  },
  ProgramOffering: {
    create: async (b, side) => ({ centerId: await b.row('HealthCenter', side), kind: 'HEALTH_COACH' }),
    update: { notes: 'عيادة مسائية' },
    placedBy: ['centerId'],
  },
  Person: {
    // A new person is in no program: every manager sees them, and no coach.
    create: async (b, side) => ({
      nameAr: text('مستفيد', String(b.serial), b.shared ? marks('Person', side) : scopeWord.COACH),
      gender: 'FEMALE',
      roles: ['COMMUNITY_MEMBER'],
    }),
    update: { notes: 'يفضل التواصل مساءً' },
  },
  RosterEntry: {
    create: async (b, side) => ({
      offeringId: await b.row('ProgramOffering', side),
      personId: await b.row('Person', side),
      role: 'FACILITATOR',
      notes: text('منسق', marks('RosterEntry', side)),
    }),
    update: { notes: 'منسق العيادة' },
    placedBy: ['offeringId'],
  },
  CoachingEnrollment: {
    create: async (b, side) => ({
      personId: await b.row('Person', side),
      offeringId: await b.row('ProgramOffering', side),
      coachId: await b.named('coach', side),
      accessRoute: 'FAMILY_PHYSICIAN_REFERRAL',
      referringPhysicianId: await b.named('physician', side),
      status: 'ACTIVE',
      enrolledOn: '2026-01-04',
      goals: text(marks('CoachingEnrollment', side), 'أهداف', PERSONAL),
    }),
    update: { endedOn: '2026-06-30' },
    placedBy: ['offeringId', 'coachId'],
  },
  LifestyleAssessment: {
    create: async (b, side) => ({
      enrollmentId: await b.row('CoachingEnrollment', side),
      assessedOn: '2026-01-11',
      weightKg: 82,
      heightCm: 171,
      healthNeeds: text(marks('LifestyleAssessment', side), 'احتياجات', PERSONAL),
    }),
    update: { waistCm: 94 },
    placedBy: ['enrollmentId'],
  },
  CoachingSession: {
    create: async (b, side) => ({
      enrollmentId: await b.row('CoachingEnrollment', side),
      heldOn: '2026-01-18',
      notes: text(marks('CoachingSession', side), 'ملاحظات', PERSONAL),
    }),
    update: { durationMinutes: 30 },
    placedBy: ['enrollmentId'],
  },
  GroupMeeting: {
    create: async (b, side) => ({
      offeringId: await b.named('interestGroup', side),
      heldOn: '2026-01-12',
      topic: text('لقاء المجموعة', marks('GroupMeeting', side)),
    }),
    update: { notes: 'حضور جيد' },
    placedBy: ['offeringId'],
  },
  MeetingAttendance: {
    create: async (b, side) => ({
      meetingId: await b.distinct('GroupMeeting', side),
      rosterEntryId: await b.named('groupMember', side),
      notes: text('حضر', marks('MeetingAttendance', side)),
    }),
    update: { present: false },
    placedBy: ['meetingId', 'rosterEntryId'],
  },
  EmpowermentPriority: {
    create: async (b, side) => ({
      offeringId: await b.named('team', side),
      title: text('أولوية', marks('EmpowermentPriority', side)),
    }),
    update: { rank: 2 },
    placedBy: ['offeringId'],
  },
  ActionPlan: {
    create: async (b, side) => ({
      offeringId: await b.named('team', side),
      priorityId: await b.row('EmpowermentPriority', side),
      title: text('خطة', marks('ActionPlan', side)),
    }),
    update: { status: 'ACTIVE' },
    placedBy: ['offeringId', 'priorityId'],
  },
  PlanAction: {
    create: async (b, side) => ({
      planId: await b.row('ActionPlan', side),
      description: text('إجراء', marks('PlanAction', side)),
      ownerId: await b.row('Person', side),
    }),
    update: { status: 'IN_PROGRESS' },
    placedBy: ['planId'],
  },
  TrainingEvent: {
    create: async (b) => ({
      title: text('ورشة', String(b.serial)),
      kind: 'WORKSHOP',
      audience: 'HEALTH_COACHES',
      organizer: 'HEALTH_CLUSTER',
      startDate: '2026-01-20',
    }),
    update: { hours: 6 },
  },
  TrainingAttendance: {
    create: async (b, side) => ({
      eventId: await b.row('TrainingEvent', side),
      personId: await b.distinct('Person', side),
    }),
    update: { status: 'ATTENDED' },
  },
  AssociationUnit: {
    create: async (b) => ({ nameAr: text('جهة', String(b.serial)), kind: 'SECRETARIAT' }),
    update: { headTitle: 'الأمين العام' },
  },
  AssociationEntity: {
    create: async (b, side) => ({
      nameAr: text('مركز الحي', String(b.serial)),
      kind: 'NEIGHBORHOOD_CENTER',
      districtId: await b.row('District', side),
      managerId: await b.row('Person', side),
    }),
    update: { address: 'بجوار المسجد' },
  },
  AssociationProgram: {
    create: async (b) => ({ nameAr: text('برنامج', String(b.serial)), kind: 'CENTERS_COOPERATION' }),
    update: { goals: 'تبادل الخبرات' },
  },
  ProgramParticipant: {
    create: async (b, side) => ({
      programId: await b.row('AssociationProgram', side),
      entityId: await b.distinct('AssociationEntity', side),
    }),
    update: { notes: 'مشارك منذ البداية' },
  },
  Committee: {
    create: async (b, side) => ({
      programId: await b.row('AssociationProgram', side),
      kind: 'SUPERVISION',
      nameAr: text('لجنة', String(b.serial)),
    }),
    update: { mandate: 'الإشراف على الزيارات' },
  },
  CommitteeMember: {
    create: async (b, side) => ({
      committeeId: await b.row('Committee', side),
      personId: await b.distinct('Person', side),
    }),
    update: { role: 'CHAIR' },
  },
  CommitteeMeeting: {
    create: async (b, side) => ({ committeeId: await b.row('Committee', side), heldOn: '2026-01-14' }),
    update: { location: 'مقر الجمعية' },
  },
  CommitteeMeetingAttendee: {
    create: async (b, side) => ({
      meetingId: await b.row('CommitteeMeeting', side),
      personId: await b.distinct('Person', side),
    }),
    update: { notes: 'حضر متأخرًا' },
  },
  VisitGroup: {
    create: async (b, side) => ({
      programId: await b.row('AssociationProgram', side),
      nameAr: text('مجموعة', String(b.serial)),
    }),
    update: { notes: 'مجموعة الشمال' },
  },
  VisitGroupMember: {
    create: async (b, side) => ({
      groupId: await b.row('VisitGroup', side),
      entityId: await b.distinct('AssociationEntity', side),
    }),
    update: { position: 7 },
  },
  Visit: {
    create: async (b, side) => ({
      kind: 'PROACTIVE',
      hostEntityId: await b.row('AssociationEntity', side),
      committeeId: await b.row('Committee', side),
      scheduledOn: b.day(),
    }),
    update: { notes: 'زيارة مثمرة' },
  },
  VisitParticipant: {
    create: async (b, side) => ({
      visitId: await b.distinct('Visit', side),
      entityId: await b.named('otherCenter', side),
    }),
    update: { notes: 'وفد من ثلاثة' },
  },
  Activity: {
    create: async (b, side) => ({
      entityId: await b.row('AssociationEntity', side),
      title: 'أمسية ثقافية',
      heldOn: '2026-01-15',
      category: 'CULTURAL',
    }),
    update: { participants: 40 },
  },
  Volunteer: {
    create: async (b, side) => ({ personId: await b.distinct('Person', side), skills: ['FIRST_AID'] }),
    update: { skillsNote: 'مسعف معتمد' },
  },
  VolunteerTeamMember: {
    create: async (b, side) => ({
      volunteerId: await b.distinct('Volunteer', side),
      teamId: await b.named('volunteerTeam', side),
    }),
    update: { role: 'LEADER' },
  },
  Partner: {
    create: async (b) => ({ nameAr: text('جهة شريكة', String(b.serial)), sector: 'PRIVATE' }),
    update: { contactName: 'منسق الشراكات' },
  },
  Initiative: {
    create: async (b, side) => ({
      programId: await b.named('initiativeProgram', side),
      teamId: await b.named('volunteerTeam', side),
      title: 'سقيا الزوار',
      service: 'PILGRIM_SERVICE',
      startDate: '2026-01-16',
      supervisorId: await b.row('Person', side),
    }),
    update: { beneficiaries: 120 },
  },
  InitiativeVolunteer: {
    create: async (b, side) => ({
      initiativeId: await b.distinct('Initiative', side),
      volunteerId: await b.row('Volunteer', side),
      hours: 4,
    }),
    update: { hours: 5 },
  },
  InitiativePartner: {
    create: async (b, side) => ({
      initiativeId: await b.distinct('Initiative', side),
      partnerId: await b.row('Partner', side),
    }),
    update: { contribution: 'مياه الشرب' },
  },
  ImpactForm: {
    create: async () => ({ title: 'أثر الزيارة', target: 'VISIT' }),
    update: { description: 'تعبأ بعد كل زيارة' },
  },
  ImpactQuestion: {
    create: async (b, side) => ({
      formId: await b.row('ImpactForm', side),
      kind: 'TEXT',
      prompt: 'ما الذي استفدته؟',
      required: false,
    }),
    update: { prompt: 'ماذا ستطبق؟' },
  },
  FormResponse: {
    create: async (b, side) => ({
      formId: await b.row('ImpactForm', side),
      visitId: await b.row('Visit', side),
      submittedOn: '2026-02-01',
      answers: [],
    }),
    update: { respondentName: 'مدير المركز' },
  },
  AssociationEvent: {
    create: async () => ({ nameAr: 'الملتقى السنوي', kind: 'ANNUAL_FORUM', startDate: '2026-03-01' }),
    update: { venue: 'الغرفة التجارية' },
  },
  EventExhibitor: {
    create: async (b, side) => ({
      eventId: await b.row('AssociationEvent', side),
      entityId: await b.distinct('AssociationEntity', side),
    }),
    update: { notes: 'ركن الأنشطة' },
  },
};

function fixtureOf(type: ResourceType): Fixture {
  const fixture = fixtures[type];
  if (!fixture) throw new Error(`${type} records are written by the server alone`);
  return fixture;
}

const writableTypes = resourceTypes.filter((type) => fixtures[type] !== null);

const crud = (type: ResourceType) => ({
  one: resources[type].one,
  many: resources[type].many,
  create: `create${type}`,
  update: `update${type}`,
  delete: `delete${type}`,
  restore: `restore${type}`,
});

const codeOf = (answer: GraphQLResponse<unknown>) => String(answer.errors?.[0]?.extensions?.code ?? 'OK');

const hasNoRequiredArgs = (field: GraphQLField<unknown, unknown>) =>
  field.args.every((arg) => !isNonNullType(arg.type));

/** The scalar and enum fields of a type, or `__typename` when it has none. */
function leaves(type: GraphQLNamedType): string {
  if (!isObjectType(type)) return '';
  const names = Object.values(type.getFields())
    .filter((field) => isLeafType(getNamedType(field.type)) && hasNoRequiredArgs(field))
    .map((field) => field.name);
  return names.length ? names.join(' ') : '__typename';
}

const objectFields = (type: GraphQLObjectType) =>
  Object.values(type.getFields()).filter(
    (field) => isObjectType(getNamedType(field.type)) && hasNoRequiredArgs(field),
  );

async function inParallel<T, R>(items: readonly T[], work: (item: T) => Promise<R>, width = 6): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return results;
}

interface Attempt {
  label: string;
  name: string;
  selection: string;
  variables: Input;
  caller: Caller;
  expected: string;
}

type Node = Record<string, unknown>;
type Page = { totalCount: number; nodes: Node[] };

/**
 * Two sides, A and B, each a health center with its programs, people, health records and association
 * records; the health manager and the coach signed in belong to side A. Expectations come from the
 * shared access table and the rules above, never from the server's answers.
 */
describe('authorization matrix: every role against every operation (PostgreSQL)', () => {
  let api: TestApi;
  let schema: GraphQLSchema;
  const tokens = { SIGNED_OUT: null } as Record<Caller, string | null>;

  const made = new Map<string, Promise<string>>();
  let serial = 0;
  let days = 0;

  function memo(key: string, make: () => Promise<string>): Promise<string> {
    let promise = made.get(key);
    if (!promise) {
      promise = make();
      made.set(key, promise);
    }
    return promise;
  }

  function build(shared: boolean): Build {
    return {
      shared,
      serial: ++serial,
      row,
      named,
      distinct: (type, side) => (shared ? row(type, side) : fresh(type, side)),
      day: nextDay,
    };
  }

  const nextDay = () => new Date(Date.UTC(2026, 3, 1) + ++days * DAY).toISOString().slice(0, 10);

  function row(type: ResourceType, side: Side): Promise<string> {
    return memo(`${type} ${side}`, async () =>
      createAsAdmin(type, await fixtureOf(type).create(build(true), side)),
    );
  }

  function named(name: NamedRow, side: Side): Promise<string> {
    return memo(`${name} ${side}`, async () => {
      const [type, input] = await namedRows[name](build(true), side);
      return createAsAdmin(type, input);
    });
  }

  async function fresh(type: ResourceType, side: Side): Promise<string> {
    return createAsAdmin(type, await fixtureOf(type).create(build(false), side));
  }

  /** The document of one top-level field, declaring every argument it takes as a variable. */
  function operation(name: string, selection: string): string {
    const query = schema.getQueryType()?.getFields()[name];
    const field = query ?? schema.getMutationType()?.getFields()[name];
    if (!field) throw new Error(`The schema has no ${name}`);
    const declared = field.args.map((arg) => `$${arg.name}: ${arg.type}`).join(', ');
    const passed = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
    return `${query ? 'query' : 'mutation'}${declared ? ` (${declared})` : ''} { ${name}${passed ? `(${passed})` : ''} ${selection} }`;
  }

  const send = <T = Record<string, unknown>>(
    name: string,
    selection: string,
    variables: Input,
    caller: Caller,
  ) => api.gql<T>(operation(name, selection), variables, tokens[caller]);

  async function createAsAdmin(type: ResourceType, input: Input): Promise<string> {
    const name = `create${type}`;
    const data = await api.data<Record<string, { id: string }>>(
      operation(name, '{ id }'),
      { input },
      tokens.ADMIN,
    );
    return data[name].id;
  }

  async function list(type: ResourceType, caller: Caller, filter: Input = {}) {
    const { many } = crud(type);
    const answer = await send<Record<string, Page>>(
      many,
      '{ totalCount nodes { id } }',
      { filter, first: 500 },
      caller,
    );
    const page = answer.data?.[many];
    if (!page) throw new Error(`${many} as ${caller}: ${JSON.stringify(answer.errors)}`);
    return { ids: page.nodes.map((node) => String(node.id)), totalCount: page.totalCount };
  }

  async function fieldsOf(type: ResourceType, id: string, fields: readonly string[]): Promise<Input> {
    const { one } = crud(type);
    const data = await api.data<Record<string, Input>>(
      operation(one, `{ ${fields.join(' ')} }`),
      { id },
      tokens.ADMIN,
    );
    return data[one];
  }

  const attempt = (
    caller: Caller,
    name: string,
    variables: Input,
    expected: string,
    label = name,
    selection = '{ id }',
  ): Attempt => ({ label, name, selection, variables, caller, expected });

  async function expectOutcomes(attempts: readonly Attempt[]): Promise<void> {
    const codes = await inParallel(attempts, async (a) =>
      codeOf(await send(a.name, a.selection, a.variables, a.caller)),
    );
    expect(attempts.map((a, i) => `${a.label} as ${a.caller}: ${codes[i]}`)).toEqual(
      attempts.map((a) => `${a.label} as ${a.caller}: ${a.expected}`),
    );
  }

  /** A digest of each table. Refusals are logged and sign-ins open sessions; nothing else may change. */
  async function contents(except: readonly string[] = []): Promise<Record<string, string>> {
    const em = api.em();
    const tables = Object.values(em.getMetadata().getAll())
      .filter((meta) => !meta.abstract && !meta.embeddable)
      .map((meta) => meta.tableName)
      .filter((table) => !['audit_entry', 'app_session', ...except].includes(table));
    const digests = tables.map(
      (table) =>
        `(select md5(coalesce(string_agg(r::text, ',' order by r::text), '')) from ${table} r) as "${table}"`,
    );
    const [digest] = await em
      .getConnection()
      .execute<Record<string, string>[]>(`select ${digests.join(', ')}`);
    return digest;
  }

  async function writesNothing(work: () => Promise<void>, except: readonly string[] = []): Promise<void> {
    const before = await contents(except);
    await work();
    expect(await contents(except), 'a refused request changed the database').toEqual(before);
  }

  beforeAll(async () => {
    api = await startApi('postgresql', { seed: false });
    schema = buildClientSchema(await api.data<IntrospectionQuery>(getIntrospectionQuery(), {}, null));
    tokens.ADMIN = await api.signInAs('ADMIN');
    await Promise.all(
      sides.flatMap((side) => [
        ...writableTypes.map((type) => row(type, side)),
        ...(Object.keys(namedRows) as NamedRow[]).map((name) => named(name, side)),
      ]),
    );
    tokens.SECRETARIAT = await api.signInAs('SECRETARIAT');
    tokens.VIEWER = await api.signInAs('VIEWER');
    tokens.HEALTH_MANAGER = await api.signInAs('HEALTH_MANAGER', {
      centerIds: [await row('HealthCenter', 'A')],
    });
    tokens.COACH = await api.signInAs('COACH', { personId: await named('coach', 'A') });
  });
  afterAll(() => api?.close());

  /** Users for the sign-in checks, one per role, with a password known here. */
  const signInUser = (role: UserRole) =>
    memo(`user ${role}`, async () => {
      const input = await fixtureOf('User').create(build(false), 'A');
      await createAsAdmin('User', {
        ...input,
        role,
        centerIds: role === 'HEALTH_MANAGER' ? [await row('HealthCenter', 'A')] : [],
        personId: role === 'COACH' ? await named('coach', 'A') : null,
      });
      return String(input.email);
    });

  const login = async (role: UserRole) =>
    send<{ login: { token: string } }>(
      'login',
      '{ token }',
      { email: await signInUser(role), password: PASSWORD },
      SIGNED_OUT,
    );

  const meOf = async (token: string | null) =>
    (await api.gql<{ me: { role: string } | null }>('{ me { role } }', {}, token)).data?.me?.role ?? null;

  /** Sends `name` as every caller: the refused ones first, which must write nothing, then the allowed ones. */
  async function expectEveryCaller(
    name: string,
    expected: (caller: Caller) => string,
    variables: () => Promise<Input>,
    selection = '',
  ): Promise<void> {
    const refused = callers.filter((caller) => expected(caller) !== 'OK');
    const shared = await variables();
    await writesNothing(() =>
      expectOutcomes(
        refused.map((caller) => attempt(caller, name, shared, expected(caller), name, selection)),
      ),
    );
    const allowed = callers.filter((caller) => expected(caller) === 'OK');
    const planned = await inParallel(allowed, async (caller) =>
      attempt(caller, name, await variables(), 'OK', name, selection),
    );
    await expectOutcomes(planned);
  }

  /** Leaves, and the leaves of each object field: a whole figure of `statistics`. */
  const withObjects = (type: GraphQLObjectType) =>
    Object.values(type.getFields())
      .map((field) => {
        const named = getNamedType(field.type);
        return isObjectType(named) ? `${field.name} { ${leaves(named)} }` : field.name;
      })
      .join(' ');

  /** What a figure of `statistics` counts: an integer, or groups with a count or an active/inactive split. */
  const counted = (value: unknown): number =>
    typeof value === 'number'
      ? value
      : (value as { count?: number; active?: number; inactive?: number }[]).reduce(
          (sum, group) => sum + (group.count ?? (group.active ?? 0) + (group.inactive ?? 0)),
          0,
        );

  async function checkImport(kind: ImportType, rows: Input[], caller: Caller) {
    return send<{
      checkImport: { batch: string; errorCount: number; errors: { row: number; code: string }[] };
    }>('checkImport', '{ batch errorCount errors { row code } }', { type: kind, rows, firstRow: 0 }, caller);
  }

  const importRows = (kind: ImportType, rowSides: readonly Side[]) =>
    Promise.all(rowSides.map((side) => fixtureOf(importResource[kind]).create(build(false), side)));

  /** The import type an importer may write row A of, for the commit and discard checks. */
  const importableBy = (caller: UserRole) =>
    ImportType.keys.find((kind) => writeOutcome(importResource[kind], caller, true, 'A') === 'OK')!;

  const otherImporter = (owner: UserRole) => importers.find((role) => role !== owner)!;

  const refuseNonImporters = (name: string, variables: Input, selection: string) =>
    writesNothing(() =>
      expectOutcomes(
        callers
          .filter((caller) => byRole(importers, caller) !== 'OK')
          .map((caller) => attempt(caller, name, variables, byRole(importers, caller), name, selection)),
      ),
    );

  /** Every top-level field that is not the standard API of a record type, with the check of its rule. */
  const operationChecks: Record<string, () => Promise<void>> = {
    me: async () => {
      const answers = await inParallel(callers, async (caller) => {
        const answer = await send<{ me: { role: string } | null }>('me', '{ role }', {}, caller);
        return `${caller}: ${codeOf(answer)} ${answer.data?.me?.role ?? null}`;
      });
      // Signed out, `me` answers null: it reveals nothing.
      expect(answers).toEqual(
        callers.map((caller) => `${caller}: OK ${caller === SIGNED_OUT ? null : caller}`),
      );
    },

    login: async () => {
      const roles = [...everyRole];
      const answers = await inParallel(roles, async (role) => {
        const answer = await login(role);
        return `${codeOf(answer)} ${await meOf(answer.data?.login.token ?? null)}`;
      });
      expect(answers).toEqual(roles.map((role) => `OK ${role}`));
      const wrong = await send(
        'login',
        '{ token }',
        { email: await signInUser('VIEWER'), password: 'not-the-password' },
        SIGNED_OUT,
      );
      expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    },

    logout: async () => {
      const roles = [...everyRole];
      const answers = await inParallel(roles, async (role) => {
        const token = (await login(role)).data?.login.token ?? null;
        const answer = await api.gql('mutation { logout }', {}, token);
        return `${codeOf(answer)} ${await meOf(token)}`;
      });
      expect(answers).toEqual(roles.map(() => 'OK null'));
      expect(codeOf(await api.gql('mutation { logout }', {}, null))).toBe('UNAUTHENTICATED');
    },

    statistics: async () => {
      const figures = Object.keys((schema.getType('Statistics') as GraphQLObjectType).getFields());
      const typeOf = (figure: string) => {
        const type = statisticsOf[figure] ?? resourceTypes.find((t) => resources[t].many === figure);
        if (!type) throw new Error(`statistics.${figure} counts no known record type`);
        return type;
      };
      for (const caller of callers) {
        const answer = await send<{ statistics: Record<string, unknown> }>(
          'statistics',
          `{ ${withObjects(schema.getType('Statistics') as GraphQLObjectType)} }`,
          {},
          caller,
        );
        if (caller === SIGNED_OUT) {
          expect(codeOf(answer)).toBe('UNAUTHENTICATED');
          continue;
        }
        const actual = figures.map((figure) => {
          const value = answer.data?.statistics[figure];
          return `${figure} as ${caller}: ${value == null ? null : counted(value)}`;
        });
        const expected = await inParallel(figures, async (figure) => {
          const type = typeOf(figure);
          const listed = accessOf(type).read.includes(caller) ? (await list(type, caller)).totalCount : null;
          return `${figure} as ${caller}: ${listed}`;
        });
        expect(actual).toEqual(expected);
      }
    },

    checkImport: async () => {
      const cases = await Promise.all(
        ImportType.keys.flatMap((kind) =>
          callers.map(async (caller) => ({ kind, caller, rows: await importRows(kind, sides) })),
        ),
      );
      const expected = cases.map(({ kind, caller }) => {
        const resource = importResource[kind];
        const role = byRole(accessOf(resource).write, caller);
        if (role !== 'OK') return `${kind} as ${caller}: ${role}`;
        const refusedRows = sides
          .map((side, i) => `row ${i + 1} ${writeOutcome(resource, caller, true, side)}`)
          .filter((outcome) => !outcome.endsWith(' OK'));
        return `${kind} as ${caller}: OK ${refusedRows.join(', ') || 'all rows pass'}`;
      });
      // A check writes nothing but the chunk it keeps for the commit.
      await writesNothing(async () => {
        const actual = await inParallel(cases, async ({ kind, caller, rows }) => {
          const answer = await checkImport(kind, rows, caller);
          const check = answer.data?.checkImport;
          if (!check) return `${kind} as ${caller}: ${codeOf(answer)}`;
          const refusedRows = check.errors.map((error) => `row ${error.row} ${error.code}`);
          return `${kind} as ${caller}: OK ${refusedRows.join(', ') || 'all rows pass'}`;
        });
        expect(actual).toEqual(expected);
      }, ['import_chunk']);
    },

    commitImport: async () => {
      await refuseNonImporters('commitImport', { batch: 'no-such-import', rows: 1 }, '{ created }');
      const answers = await inParallel(importers, async (owner) => {
        const kind = importableBy(owner);
        const batch = (await checkImport(kind, await importRows(kind, ['A']), owner)).data?.checkImport.batch;
        // A batch is its owner's: another importer cannot commit it.
        const other = await send('commitImport', '{ created }', { batch, rows: 1 }, otherImporter(owner));
        const own = await send<{ commitImport: { created: number } }>(
          'commitImport',
          '{ created }',
          { batch, rows: 1 },
          owner,
        );
        return `${owner}: ${codeOf(other)} for another, ${codeOf(own)} ${own.data?.commitImport.created}`;
      });
      expect(answers).toEqual(importers.map((owner) => `${owner}: BAD_USER_INPUT for another, OK 1`));
    },

    discardImport: async () => {
      await refuseNonImporters('discardImport', { batch: 'no-such-import' }, '');
      const answers = await inParallel(importers, async (owner) => {
        const kind = importableBy(owner);
        const batch = (await checkImport(kind, await importRows(kind, ['A']), owner)).data?.checkImport.batch;
        const other = await send<{ discardImport: boolean }>(
          'discardImport',
          '',
          { batch },
          otherImporter(owner),
        );
        const own = await send<{ discardImport: boolean }>('discardImport', '', { batch }, owner);
        return `${owner}: another ${other.data?.discardImport}, own ${own.data?.discardImport}`;
      });
      expect(answers).toEqual(importers.map((owner) => `${owner}: another false, own true`));
    },

    deleteDemoData: async () => {
      const district = await fresh('District', 'A');
      // Records made through the API are real ones: one is marked as demo data, for the removal to take.
      await api
        .em()
        .getConnection()
        .execute('update district set is_demo = true where id = ?', [Number(district)]);
      await expectEveryCaller(
        'deleteDemoData',
        (caller) => byRole(demoRemovers, caller),
        async () => ({}),
        '{ total }',
      );
      expect(codeOf(await send('district', '{ id }', { id: district }, 'ADMIN'))).toBe('NOT_FOUND');
    },

    generateVisitSchedule: async () => {
      await expectEveryCaller(
        'generateVisitSchedule',
        (caller) => writeOutcome('Visit', caller, true, 'A'),
        async () => {
          const groupId = await fresh('VisitGroup', 'A');
          for (const entity of [
            await fresh('AssociationEntity', 'A'),
            await fresh('AssociationEntity', 'A'),
          ]) {
            await createAsAdmin('VisitGroupMember', { groupId, entityId: entity });
          }
          return { groupId, dates: [nextDay(), nextDay()] };
        },
        '{ id }',
      );
    },

    updateAssociationEntities: async () => {
      await expectEveryCaller(
        'updateAssociationEntities',
        (caller) => writeOutcome('AssociationEntity', caller, false, 'A'),
        async () => ({ ids: [await fresh('AssociationEntity', 'A')], input: { active: false } }),
        '{ id }',
      );
    },
  };

  it('knows every query and mutation of the schema: a new one fails here until it is classified', () => {
    const queries = Object.keys(schema.getQueryType()?.getFields() ?? {});
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {});
    const standard = new Set(resourceTypes.flatMap((type) => Object.values(crud(type))));
    const unclassified = [...queries, ...mutations].filter(
      (name) => !standard.has(name) && !(name in operationChecks),
    );
    expect(unclassified).toEqual([]);
    expect(Object.keys(operationChecks).filter((name) => ![...queries, ...mutations].includes(name))).toEqual(
      [],
    );
    // Every type has its list; every type people change has the rest of the standard API, the others none of it.
    const present = resourceTypes.map(
      (type) =>
        `${type}: ${Object.entries(crud(type))
          .filter(([, name]) => queries.includes(name) || mutations.includes(name))
          .map(([op]) => op)
          .join(' ')}`,
    );
    expect(present).toEqual(
      resourceTypes.map((type) =>
        accessOf(type).write.length ? `${type}: one many create update delete restore` : `${type}: many`,
      ),
    );
    expect(
      resourceTypes.filter((type) => (fixtures[type] === null) !== (accessOf(type).write.length === 0)),
    ).toEqual([]);
  });

  it.each(resourceTypes)(
    '%s: every role reads it by id and lists it as the access table says',
    async (type) => {
      const { one, many } = crud(type);
      const byId = schema.getQueryType()?.getFields()[one] ? await row(type, 'A') : null;
      await expectOutcomes(
        callers.flatMap((caller) => [
          ...(byId ? [attempt(caller, one, { id: byId }, readOutcome(type, caller))] : []),
          attempt(caller, many, { first: 1 }, readOutcome(type, caller), many, '{ totalCount }'),
        ]),
      );
    },
  );

  const scopedReads = scopedRoles.flatMap((role) =>
    writableTypes.filter((type) => accessOf(type).read.includes(role)).map((type) => [role, type] as const),
  );

  it.each(scopedReads)(
    '%s reads %s on their side only: in the list, its count, by id, by every reference filter and in the trash',
    async (role, type) => {
      const [a, b] = [await row(type, 'A'), await row(type, 'B')];
      const hidden = readScope[role].includes(type);
      const seen = (page: { ids: string[]; totalCount: number }) => ({
        a: page.ids.includes(a),
        b: page.ids.includes(b),
        counted: page.totalCount === page.ids.length,
      });
      expect(seen(await list(type, role))).toEqual({ a: true, b: !hidden, counted: true });
      const { one } = crud(type);
      expect([
        codeOf(await send(one, '{ id }', { id: a }, role)),
        codeOf(await send(one, '{ id }', { id: b }, role)),
      ]).toEqual(['OK', hidden ? 'NOT_FOUND' : 'OK']);
      if (!hidden) return;

      const filterType = schema.getType(`${type}Filter`);
      const references = isInputObjectType(filterType)
        ? Object.values(filterType.getFields())
            .filter((field) => field.name !== 'ids' && getNamedType(field.type).name === 'ID')
            .map((field) => field.name)
        : [];
      const values = await fieldsOf(type, b, ['id', ...references]);
      const filters: Record<string, Input> = { ids: { ids: [b] } };
      for (const reference of references) {
        expect(values[reference], `${type}.${reference} of the B row, to filter by`).toBeTruthy();
        filters[reference] = { [reference]: values[reference] };
      }
      const byFilter = async (caller: Caller) =>
        Object.fromEntries(
          await Promise.all(
            Object.entries(filters).map(
              async ([name, filter]) => [name, seen(await list(type, caller, filter)).b] as const,
            ),
          ),
        );
      const everywhere = Object.fromEntries(Object.keys(filters).map((name) => [name, true]));
      expect(await byFilter('ADMIN')).toEqual(everywhere);
      expect(await byFilter(role)).toEqual(
        Object.fromEntries(Object.keys(filters).map((name) => [name, false])),
      );

      const { delete: remove, restore } = crud(type);
      expect(codeOf(await send(remove, '{ id }', { id: b }, 'ADMIN'))).toBe('OK');
      try {
        const trash = { trashed: true, ids: [b] };
        expect({
          admin: (await list(type, 'ADMIN', trash)).totalCount,
          role: (await list(type, role, trash)).totalCount,
          byId: codeOf(await send(one, '{ id }', { id: b }, role)),
        }).toEqual({ admin: 1, role: 0, byId: 'NOT_FOUND' });
      } finally {
        expect(codeOf(await send(restore, '{ id }', { id: b }, 'ADMIN'))).toBe('OK');
      }
    },
  );

  it('shows a manager the people of their centers and those in no program yet, a coach their clients and themselves', async () => {
    const people = {
      clientA: await row('Person', 'A'),
      clientB: await row('Person', 'B'),
      coachA: await named('coach', 'A'),
      coachB: await named('coach', 'B'),
      physicianA: await named('physician', 'A'),
      physicianB: await named('physician', 'B'),
      outsiderA: await named('outsider', 'A'),
      outsiderB: await named('outsider', 'B'),
      inBothGroups: await named('sharedPerson', 'A'),
    };
    const seen = async (role: ScopedRole) => {
      const { ids } = await list('Person', role);
      return Object.fromEntries(Object.entries(people).map(([name, id]) => [name, ids.includes(id)]));
    };
    expect(await seen('HEALTH_MANAGER')).toEqual({
      clientA: true,
      clientB: false,
      coachA: true,
      coachB: false,
      physicianA: true,
      physicianB: true,
      outsiderA: true,
      outsiderB: true,
      inBothGroups: true,
    });
    expect(await seen('COACH')).toEqual({
      clientA: true,
      clientB: false,
      coachA: true,
      coachB: false,
      physicianA: false,
      physicianB: false,
      outsiderA: false,
      outsiderB: false,
      inBothGroups: false,
    });
  });

  it.each(['HEALTH_MANAGER', 'COACH', 'SECRETARIAT', 'VIEWER'] as const)(
    '%s meets nothing hidden from them: not in any field, nested record or search result',
    async (role) => {
      const words = hiddenWords(role);
      const unplanted = (
        await inParallel(
          words.flatMap((word) => holders(word).map((type) => ({ word, type }))),
          async ({ word, type }) => ({
            word,
            type,
            found: (await list(type, 'ADMIN', { q: word })).totalCount,
          }),
        )
      ).filter(({ found }) => found === 0);
      expect(unplanted, 'each hidden word is where the probes look for it').toEqual([]);

      const readable = resourceTypes.filter((type) => accessOf(type).read.includes(role));
      // Nested records of a scoped type must be among those its list shows; other roles see them all.
      const visible = new Map(
        await inParallel(
          isScoped(role) ? readScope[role] : [],
          async (type) => [type, new Set((await list(type, role)).ids)] as const,
        ),
      );
      interface Probe {
        label: string;
        many: string;
        selection: string;
        variables: Input;
        field?: string;
        target?: string;
      }
      const probes: Probe[] = readable.flatMap((type) => {
        const { many } = crud(type);
        const object = schema.getType(type) as GraphQLObjectType;
        return [
          {
            label: `${many} { … }`,
            many,
            selection: `{ nodes { ${leaves(object)} } }`,
            variables: { first: 100 },
          },
          ...objectFields(object).map((field) => ({
            label: `${type}.${field.name}`,
            many,
            selection: `{ nodes { id ${field.name} { ${leaves(getNamedType(field.type))} } } }`,
            variables: { first: 100 },
            field: field.name,
            target: getNamedType(field.type).name,
          })),
          ...words.map((word) => ({
            label: `${many}(q: ${word})`,
            many,
            selection: '{ totalCount }',
            variables: { filter: { q: word } },
          })),
        ];
      });
      const answers = await inParallel(probes, (probe) =>
        send(probe.many, probe.selection, probe.variables, role),
      );
      const leaks: string[] = [];
      probes.forEach((probe, i) => {
        const data = answers[i].data?.[probe.many] as Page | undefined;
        const shown = JSON.stringify(data ?? null);
        for (const word of words) if (shown.includes(word)) leaks.push(`${probe.label} shows «${word}»`);
        if (probe.variables.filter && data?.totalCount) leaks.push(`${probe.label} finds ${data.totalCount}`);
        const allowed = probe.target && visible.get(probe.target as ResourceType);
        if (!probe.field || !allowed) return;
        const nested = (data?.nodes ?? []).flatMap((node) => [node[probe.field!]].flat());
        for (const record of nested as (Node | null)[]) {
          if (record && !allowed.has(String(record.id)))
            leaks.push(`${probe.label} reaches ${probe.target} ${record.id}`);
        }
      });
      expect(leaks).toEqual([]);
    },
  );

  it('keeps personal health detail from the secretariat and viewers at every depth, on every path into it', async () => {
    const described = resourceTypes.flatMap((type) =>
      Object.values((schema.getType(type) as GraphQLObjectType).getFields())
        .filter((field) => field.description?.includes('health staff only'))
        .map((field) => `${type}.${field.name}`),
    );
    expect(described.sort()).toEqual(['CoachingEnrollment.goals', 'CoachingSession.notes']);

    interface Path {
      root: ResourceType;
      fields: string[];
      edge: string;
      detail: string;
    }
    const paths: Path[] = [];
    const walk = (root: ResourceType, type: GraphQLObjectType, fields: string[], types: string[]) => {
      const detail = personalFields[type.name as ResourceType];
      if (detail) {
        const edge = fields.length ? `${types.at(-2)}.${fields.at(-1)}` : `Query.${crud(root).many}`;
        paths.push({ root, fields, edge, detail: detail.join(' ') });
      }
      if (fields.length === 3) return;
      for (const field of objectFields(type)) {
        const next = getNamedType(field.type);
        if (!isObjectType(next) || !(next.name in resources) || types.includes(next.name)) continue;
        walk(root, next, [...fields, field.name], [...types, next.name]);
      }
    };
    const readers: readonly UserRole[] = ['SECRETARIAT', 'VIEWER'];
    for (const root of writableTypes) {
      if (accessOf(root).read.some((role) => readers.includes(role))) {
        walk(root, schema.getType(root) as GraphQLObjectType, [], [root]);
      }
    }
    const answers = await inParallel(
      paths.flatMap((path) => ['ADMIN' as const, ...readers].map((caller) => ({ path, caller }))),
      async ({ path, caller }) => {
        const selection = path.fields.reduceRight((inner, field) => `${field} { ${inner} }`, path.detail);
        const ids = [await row(path.root, 'A'), await row(path.root, 'B')];
        const answer = await send(
          crud(path.root).many,
          `{ nodes { ${selection} } }`,
          { first: 2, filter: { ids } },
          caller,
        );
        return { path, caller, shown: JSON.stringify(answer.data ?? null).includes(PERSONAL) };
      },
    );
    const edges = [...new Set(paths.map((path) => path.edge))];
    const live = new Set(answers.filter((a) => a.caller === 'ADMIN' && a.shown).map((a) => a.path.edge));
    expect(
      edges.filter((edge) => !live.has(edge)),
      'the fixtures reach every way into personal detail',
    ).toEqual([]);
    expect(
      answers
        .filter((a) => a.caller !== 'ADMIN' && a.shown)
        .map((a) => `${a.caller}: ${crud(a.path.root).many}.${a.path.fields.join('.')}`),
    ).toEqual([]);
  });

  it.each(writableTypes)(
    '%s: every role creates, changes, trashes and restores it as access and scope say; a refusal writes nothing',
    async (type) => {
      const fixture = fixtureOf(type);
      const ops = crud(type);
      const shared = { A: await row(type, 'A'), B: await row(type, 'B') };
      const input = {
        A: await fixture.create(build(false), 'A'),
        B: await fixture.create(build(false), 'B'),
      };
      const moving = fixture.placedBy && {
        id: await fresh(type, 'A'),
        input: Object.fromEntries(fixture.placedBy.map((reference) => [reference, input.B[reference]])),
      };
      // What each change sends besides the id of the record.
      const changes: Record<string, Input> = {
        [ops.update]: { input: fixture.update },
        [ops.delete]: {},
        [ops.restore]: {},
      };
      const planned = callers.flatMap((caller) => [
        ...(isScoped(caller) ? sides : (['A'] as const)).flatMap((side) => [
          attempt(
            caller,
            ops.create,
            { input: input[side] },
            writeOutcome(type, caller, true, side),
            `${ops.create} (${side})`,
          ),
          ...Object.entries(changes).map(([name, sent]) =>
            attempt(
              caller,
              name,
              { id: shared[side], ...sent },
              writeOutcome(type, caller, false, side),
              `${name} (${side})`,
            ),
          ),
        ]),
        ...(moving
          ? [
              attempt(
                caller,
                ops.update,
                moving,
                writeOutcome(type, caller, false, 'B'),
                `${ops.update} (A moved to B)`,
              ),
            ]
          : []),
      ]);
      await writesNothing(() => expectOutcomes(planned.filter((a) => a.expected !== 'OK')));

      const allowed = callers.filter((caller) => writeOutcome(type, caller, false, 'A') === 'OK');
      const steps = await inParallel(allowed, async (caller) => {
        const done: string[] = [];
        const step = async (name: string, variables: Input) => {
          const answer = await send<Record<string, { id: string }>>(name, '{ id }', variables, caller);
          done.push(`${name} as ${caller}: ${codeOf(answer)}`);
          return answer.data?.[name]?.id;
        };
        const id =
          writeOutcome(type, caller, true, 'A') === 'OK'
            ? await step(ops.create, { input: await fixture.create(build(false), 'A') })
            : shared.A;
        for (const [name, sent] of Object.entries(changes)) await step(name, { id, ...sent });
        // What a scoped role writes stays within the rows it reads.
        if (isScoped(caller) && readOutcome(type, caller) === 'OK') await step(ops.one, { id });
        return done;
      });
      expect(steps.flat().filter((done) => !done.endsWith(': OK'))).toEqual([]);
    },
  );

  it.each(Object.keys(operationChecks))('%s answers every role as its rule says', (name) =>
    operationChecks[name](),
  );
});
