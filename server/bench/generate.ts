import { normalizeArabic } from '@mujtama/shared/arabic';
import {
  AssociationEntityKind,
  GoalProgress,
  type InterestGroupTopic,
  type ProgramKind,
  RosterRole,
  SessionMode,
  VolunteerSkill,
} from '@mujtama/shared/enums';
import { Client } from 'pg';
import { associationEntityPolicy } from '../src/association/association-entity/association-entity.resolver';
import { volunteerPolicy } from '../src/association/volunteering/volunteer.resolver';
import { ensureFirstAdmin } from '../src/auth/bootstrap';
import { healthCenterPolicy } from '../src/health/center/center.resolver';
import { coachingEnrollmentPolicy, coachingSessionPolicy } from '../src/health/coaching/coaching.resolver';
import { districtPolicy } from '../src/health/district/district.resolver';
import { offeringTitle, programOfferingPolicy } from '../src/health/offering/offering.resolver';
import { personPolicy } from '../src/health/person/person.resolver';
import { rosterEntryPolicy } from '../src/health/roster/roster.resolver';
import { openOrm } from '../src/orm';
import { roleSearchKeys } from './extras';
import { vocabulary } from './vocabulary';

/** Rows of the national data set at scale 1. */
export const FULL_SIZES = {
  districts: 120,
  centers: 2_400,
  offerings: 20_000,
  people: 200_000,
  rosterEntries: 500_000,
  enrollments: 100_000,
  sessions: 1_000_000,
  associationEntities: 1_000,
  volunteers: 50_000,
};

export type Sizes = typeof FULL_SIZES;

export function sizesAt(scale: number): Sizes {
  const entries = Object.entries(FULL_SIZES).map(([table, rows]) => [
    table,
    Math.max(1, Math.round(rows * scale)),
  ]);
  return Object.fromEntries(entries) as Sizes;
}

/** People 1 … this have a coaching enrollment (the first quarter of them two). */
export const enrolledPeople = (sizes: Sizes) => Math.max(1, Math.floor(sizes.people * 0.4));

/** The administrator the load generator signs in as; the bench database holds nothing worth a secret. */
export const benchAdmin = { email: 'bench@mujtama.local', password: 'bench-password-not-secret' };

interface Query {
  text: string;
  values: unknown[];
}

class Raw {
  constructor(readonly sql: string) {}
}

/** SQL with `${value}` parts as bind parameters and `Raw` parts spliced in as text. */
function sql(strings: TemplateStringsArray, ...parts: unknown[]): Query {
  const values: unknown[] = [];
  let text = strings[0];
  parts.forEach((part, index) => {
    if (part instanceof Raw) text += part.sql;
    else {
      values.push(part);
      text += `$${values.length}`;
    }
    text += strings[index + 1];
  });
  return { text, values };
}

/** A deterministic pseudo-random non-negative number per row and purpose. */
const hash = (row: string, salt: number) =>
  new Raw(`(hashint4(${row} + ${salt * 1_000_003})::bigint + 2147483648)`);

const common = new Raw('1, now(), now(), false');
const commonColumns = new Raw('id, version, created_at, updated_at, is_demo');

/** What the generator needs of a record type's policy. */
interface KeyPolicy {
  searchKey: (record: never) => string;
}

/** The search key the app stores for each combination of a few texts, keyed `a|b`. */
function keysOf(combinations: Array<[string, object]>, policy: KeyPolicy) {
  return JSON.stringify(
    Object.fromEntries(combinations.map(([key, record]) => [key, policy.searchKey(record as never)])),
  );
}

const programs: Array<{ kind: ProgramKind; topic: InterestGroupTopic | null }> = [
  { kind: 'HEALTH_COACH', topic: null },
  { kind: 'INTEREST_GROUP', topic: 'DIABETES' },
  { kind: 'COMMUNITY_EMPOWERMENT', topic: null },
  { kind: 'INTEREST_GROUP', topic: 'OBESITY' },
  { kind: 'INTEREST_GROUP', topic: 'SMOKING_CESSATION' },
  { kind: 'INTEREST_GROUP', topic: 'HYPERTENSION' },
  { kind: 'INTEREST_GROUP', topic: 'ASTHMA' },
  { kind: 'INTEREST_GROUP', topic: 'CANCER_SURVIVORS' },
  { kind: 'INTEREST_GROUP', topic: 'RARE_DISEASE' },
  { kind: 'INTEREST_GROUP', topic: 'OTHER_CHRONIC' },
];

const entityKinds = AssociationEntityKind.keys;
const skillSets = Array.from({ length: 12 }, (_, index) => {
  const skills = VolunteerSkill.keys;
  return [...new Set([skills[index % skills.length], skills[(index * 3 + 1) % skills.length]])];
});

/**
 * One INSERT … SELECT generate_series per table. Search keys are built from the normalized words
 * (normalization works word by word) or taken from the app's own `searchKey` per combination;
 * `checkSearchKeys` compares a sample against the app afterwards.
 */
function inserts(n: Sizes): Array<[table: string, query: Query]> {
  const { maleNames, femaleNames, fatherNames, familyNames, districts, rosterNotes, sessionNotes, goals } =
    vocabulary;
  const firstNames = [...maleNames, ...femaleNames];
  const coaches = Math.max(1, Math.floor(n.people / 100));
  const enrolled = enrolledPeople(n);
  const coachClinics = Math.min(n.centers, n.offerings);
  const cycles = Math.max(1, Math.floor(n.enrollments / 13));
  const rosterKeys = keysOf(
    RosterRole.keys.flatMap((role) =>
      [null, ...rosterNotes].map((notes, index): [string, object] => [`${role}|${index}`, { role, notes }]),
    ),
    rosterEntryPolicy,
  );
  const sessionKeys = keysOf(
    SessionMode.keys.flatMap((mode) =>
      [null, ...sessionNotes].map((notes, index): [string, object] => [`${mode}|${index}`, { mode, notes }]),
    ),
    coachingSessionPolicy,
  );
  const entityLabels = entityKinds.map((kind) => AssociationEntityKind.labels[kind].ar);
  return [
    [
      'district',
      sql`insert into district (${commonColumns}, name_ar, search_key)
        select i, ${common}, w.name || suffix, w.key || suffix
          from generate_series(1, ${n.districts}::int) i
          cross join lateral (select case when i > ${districts.length}::int
                                     then ' ' || ((i - 1) / ${districts.length}::int + 1) else '' end as suffix) s
          cross join lateral (select (${districts}::text[])[1 + (i - 1) % ${districts.length}::int] as name,
                                     (${districts.map(normalizeArabic)}::text[])[1 + (i - 1) % ${districts.length}::int] as key) w`,
    ],
    [
      'health_center',
      sql`insert into health_center (${commonColumns}, name_ar, search_key, district_id, kind, phone, active)
        select i, ${common}, ${'مركز صحي'} || ' ' || d.name_ar || ' ' || k,
               ${normalizeArabic('مركز صحي')} || ' ' || d.search_key || ' ' || k, d.id,
               case when i % 10 = 0 then 'SMOKING_CESSATION_CENTER' else 'PRIMARY_CARE_CENTER' end,
               '012' || lpad(i::text, 7, '0'), true
          from generate_series(1, ${n.centers}::int) i
          join district d on d.id = 1 + (i - 1) % ${n.districts}::int
          cross join lateral (select (i - 1) / ${n.districts}::int + 1 as k) c`,
    ],
    [
      // A center's search key is its normalized name (centers get no English name or address).
      'program_offering',
      sql`insert into program_offering (${commonColumns}, center_id, kind, topic, status, name_ar, start_date, search_key)
        select i, ${common}, c.id, (${programs.map((p) => p.kind)}::text[])[p], (${programs.map((p) => p.topic)}::text[])[p],
               case when i % 11 = 0 then 'CLOSED' when i % 7 = 0 then 'PLANNED'
                    when i % 13 = 0 then 'SUSPENDED' else 'ACTIVE' end,
               (${programs.map((p) => offeringTitle(p.kind, p.topic, ''))}::text[])[p] || c.name_ar,
               date '2023-01-01' + (${hash('i', 1)} % 700)::int,
               concat_ws(' ', (${programs.map((p) => normalizeArabic(offeringTitle(p.kind, p.topic, '')))}::text[])[p],
                         c.search_key,
                         (${programs.map((p) => programOfferingPolicy.searchKey({ kind: p.kind, topic: p.topic }))}::text[])[p])
          from generate_series(1, ${n.offerings}::int) i
          join health_center c on c.id = 1 + (i - 1) % ${n.centers}::int
          cross join lateral (select 1 + ((i - 1) / ${n.centers}::int) % ${programs.length}::int as p) q`,
    ],
    [
      // People 100, 200, … are health coaches, 50, 150, … family physicians, the last ones volunteers.
      'person',
      sql`insert into person (${commonColumns}, name_ar, gender, phone, email, birth_year, roles, search_key)
        select i, ${common},
               (${firstNames}::text[])[f] || ' ' || (${fatherNames}::text[])[b] || ' ' || (${familyNames}::text[])[c],
               case when f <= ${maleNames.length}::int then 'MALE' else 'FEMALE' end, phone, email,
               1940 + (${hash('i', 2)} % 66)::int,
               case when i % 100 = 0 then ',HEALTH_COACH,' when i % 100 = 50 then ',FAMILY_PHYSICIAN,'
                    else ',COMMUNITY_MEMBER,' end
                 || case when i > ${n.people - n.volunteers}::int then 'VOLUNTEER,' else '' end,
               concat_ws(' ', (${firstNames.map(normalizeArabic)}::text[])[f], (${fatherNames.map(normalizeArabic)}::text[])[b],
                         (${familyNames.map(normalizeArabic)}::text[])[c], phone, email)
          from generate_series(1, ${n.people}::int) i
          cross join lateral (
            select 1 + (${hash('i', 3)} % ${firstNames.length}::int)::int as f,
                   1 + (${hash('i', 4)} % ${fatherNames.length}::int)::int as b,
                   1 + (${hash('i', 5)} % ${familyNames.length}::int)::int as c,
                   '05' || lpad((${hash('i', 6)} % 100000000)::text, 8, '0') as phone,
                   case when i % 4 = 0 then 'person' || i || '@example.sa' end as email) v`,
    ],
    [
      'roster_entry',
      sql`insert into roster_entry (${commonColumns}, offering_id, person_id, role, since, until, notes, search_key)
        select i, ${common}, o.id, 1 + (${hash('i', 7)} % ${n.people}::int)::int, r.role, v.since,
               case when i % 5 = 0 then v.since + 180 end, (${rosterNotes}::text[])[v.note],
               ${rosterKeys}::jsonb ->> (r.role || '|' || coalesce(v.note, 0))
          from generate_series(1, ${n.rosterEntries}::int) i
          join program_offering o on o.id = 1 + (i - 1) % ${n.offerings}::int
          cross join lateral (
            select (i - 1) / ${n.offerings}::int as position,
                   case when i % 7 = 0 then 1 + (${hash('i', 8)} % ${rosterNotes.length}::int)::int end as note,
                   date '2023-01-01' + (${hash('i', 9)} % 900)::int as since) v
          cross join lateral (
            select case o.kind
                     when 'INTEREST_GROUP' then case when v.position = 0 then 'FACILITATOR'
                       when v.position % 3 = 0 then 'GROUP_MEMBER_FAMILY' else 'GROUP_MEMBER_PATIENT' end
                     when 'COMMUNITY_EMPOWERMENT' then case when v.position = 0 then 'FACILITATOR' else 'TEAM_MEMBER' end
                     else (array['COACH', 'HEALTH_EDUCATOR', 'FAMILY_PHYSICIAN'])[1 + v.position % 3]
                   end as role) r`,
    ],
    [
      'coaching_enrollment',
      sql`insert into coaching_enrollment (${commonColumns}, person_id, offering_id, coach_id, access_route,
                                           referring_physician_id, status, enrolled_on, ended_on, goals, search_key)
        select i, ${common}, 1 + (i - 1) % ${enrolled}::int, 1 + (${hash('i', 10)} % ${coachClinics}::int)::int,
               100 * (1 + (${hash('i', 11)} % ${coaches}::int)::int),
               case when i % 2 = 0 then 'DIRECT_BOOKING' else 'FAMILY_PHYSICIAN_REFERRAL' end,
               case when i % 2 = 1 then 50 + 100 * (${hash('i', 12)} % ${coaches}::int)::int end,
               v.status, v.enrolled_on,
               case when v.status in ('COMPLETED', 'WITHDRAWN') then v.enrolled_on + 90 + (${hash('i', 13)} % 90)::int end,
               (${goals}::text[])[v.goal], coalesce((${goals.map((goal) => coachingEnrollmentPolicy.searchKey({ goals: goal }))}::text[])[v.goal], '')
          from generate_series(1, ${n.enrollments}::int) i
          cross join lateral (
            select (array['REFERRED', 'REFERRED', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE',
                          'COMPLETED', 'COMPLETED', 'WITHDRAWN'])[1 + (${hash('i', 14)} % 10)::int] as status,
                   date '2023-01-01' + (${hash('i', 15)} % 700)::int as enrolled_on,
                   case when i % 2 = 0 then 1 + (${hash('i', 16)} % ${goals.length}::int)::int end as goal) v`,
    ],
    [
      // Sessions per enrollment vary from about 6 to 25 (10 on average): a warped, still monotone mapping.
      'coaching_session',
      sql`insert into coaching_session (${commonColumns}, enrollment_id, held_on, mode, duration_minutes, progress,
                                        notes, search_key)
        select i, ${common}, e.id, e.enrolled_on + (${hash('i', 17)} % 540)::int, v.mode,
               15 + (${hash('i', 18)} % 46)::int,
               case when i % 6 <> 0 then (${GoalProgress.keys}::text[])[1 + (${hash('i', 19)} % ${GoalProgress.keys.length}::int)::int] end,
               (${sessionNotes}::text[])[v.note], ${sessionKeys}::jsonb ->> (v.mode || '|' || coalesce(v.note, 0))
          from generate_series(1, ${n.sessions}::int) i
          cross join lateral (select (i - 1)::float8 / ${n.sessions}::int as x) w
          join coaching_enrollment e
            on e.id = 1 + least(${n.enrollments}::int - 1,
                                floor(${n.enrollments}::int * (w.x + 0.6 * sin(2 * pi() * ${cycles}::int * w.x)
                                                                / (2 * pi() * ${cycles}::int)))::int)
          cross join lateral (
            select case when ${hash('i', 20)} % 3 = 0 then 'REMOTE' else 'IN_CLINIC' end as mode,
                   case when i % 3 = 0 then 1 + (${hash('i', 21)} % ${sessionNotes.length}::int)::int end as note) v`,
    ],
    [
      // Groups of four: a neighborhood center, a forum and a volunteer team of it, a special project.
      'association_entity',
      sql`insert into association_entity (${commonColumns}, name_ar, kind, district_id, center_id, manager_id, active,
                                          search_key)
        select i, ${common}, (${entityLabels}::text[])[k] || ' ' || d.name_ar || ' ' || g.number,
               (${entityKinds}::text[])[k], d.id, case when k in (2, 3) then i - k + 1 end,
               25 + 100 * (${hash('i', 22)} % ${coaches}::int)::int, true,
               concat_ws(' ', (${entityLabels.map(normalizeArabic)}::text[])[k], d.search_key, g.number,
                         (${entityLabels.map(normalizeArabic)}::text[])[k])
          from generate_series(1, ${n.associationEntities}::int) i
          cross join lateral (select 1 + (i - 1) % 4 as k, (i - 1) / 4 as slot) s
          cross join lateral (select 1 + s.slot % ${n.districts}::int as district,
                                     s.slot / ${n.districts}::int + 1 as number) g
          join district d on d.id = g.district`,
    ],
    [
      'volunteer',
      sql`insert into volunteer (${commonColumns}, person_id, joined_on, skills, search_key)
        select i, ${common}, ${n.people}::int - i + 1, date '2020-01-01' + (${hash('i', 23)} % 1500)::int,
               (${skillSets.map((skills) => `,${skills.join(',')},`)}::text[])[s],
               (${skillSets.map((skills) => volunteerPolicy.searchKey({ skills }))}::text[])[s]
          from generate_series(1, ${n.volunteers}::int) i
          cross join lateral (select 1 + (${hash('i', 24)} % ${skillSets.length}::int)::int as s) v`,
    ],
  ];
}

const camel = (column: string) => column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
const enumLists = new Set(['roles', 'skills']);

/** A row as the app's policies see it: camelCase properties, enum lists as arrays. */
function recordOf(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).map(([column, value]) => [
      camel(column),
      enumLists.has(column) ? String(value).split(',').filter(Boolean) : value,
    ]),
  );
}

const policies: Record<string, KeyPolicy> = {
  district: districtPolicy,
  health_center: healthCenterPolicy,
  program_offering: programOfferingPolicy,
  person: personPolicy,
  roster_entry: rosterEntryPolicy,
  coaching_enrollment: coachingEnrollmentPolicy,
  coaching_session: coachingSessionPolicy,
  association_entity: associationEntityPolicy,
  volunteer: volunteerPolicy,
};

/** The generated search keys must be what the app would have stored, or the search measures nothing real. */
async function checkSearchKeys(client: Client) {
  for (const role of RosterRole.keys) {
    const expected = rosterEntryPolicy.searchKey({ role });
    if (roleSearchKeys[role] !== expected) {
      throw new Error(`Update statement: role ${role} gets «${roleSearchKeys[role]}», the app «${expected}»`);
    }
  }
  for (const [table, policy] of Object.entries(policies)) {
    const { rows } = await client.query<Record<string, unknown>>(
      `select * from ${table}
        where id in (select 1 + (random() * (m.id - 1))::int
                       from (select max(id) as id from ${table}) m, generate_series(1, 200))`,
    );
    for (const row of rows) {
      const expected = policy.searchKey(recordOf(row) as never);
      if (row.search_key !== expected) {
        throw new Error(`${table} ${row.id}: search key «${row.search_key}», the app stores «${expected}»`);
      }
    }
  }
}

/**
 * Migrates the database with the server's migrations, creates the administrator and bulk-inserts
 * the data set; tells `progress` what each table took.
 */
export async function generate(url: string, sizes: Sizes, progress: (line: string) => void): Promise<void> {
  const orm = await openOrm({ type: 'postgresql', url });
  try {
    await orm.getMigrator().up();
    await ensureFirstAdmin(orm, { ADMIN_EMAIL: benchAdmin.email, ADMIN_PASSWORD: benchAdmin.password });
  } finally {
    await orm.close();
  }
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    for (const [table, query] of inserts(sizes)) {
      const started = Date.now();
      const { rowCount } = await client.query(query);
      await client.query(
        `select setval(pg_get_serial_sequence('${table}', 'id'), (select max(id) from ${table}))`,
      );
      progress(
        `  ${table}: ${rowCount?.toLocaleString('en')} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    }
    const started = Date.now();
    await client.query('vacuum analyze');
    progress(`  vacuum analyze: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await checkSearchKeys(client);
  } finally {
    await client.end();
  }
}
