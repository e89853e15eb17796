import { enrolledPeople, type Sizes } from './generate';
import { searchTerms, updateNotes } from './vocabulary';

export const systemNames = ['Mujtama', 'PostGraphile', 'SQL'] as const;
export type SystemName = (typeof systemNames)[number];

export interface HttpRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
}

export interface Workload {
  key: string;
  title: string;
  /** A request with fresh random parameters, in the form `system` takes. */
  request: (system: SystemName) => HttpRequest;
  /** Whether an answer without GraphQL errors holds a result (an update's stale version answers null). */
  accept: (body: string) => boolean;
  /** Run before each warm-up and measured run. */
  prepare?: () => Promise<void>;
}

const PAGE = 50;
/**
 * Pages the offerings workload asks for, as people browse a list. Deeper offsets cost PostGraphile
 * its nested lists for every skipped row (see docs/performance.md), which would measure that alone.
 */
const PAGES = 10;

type Variables = Record<string, string | number>;

/** One question in each system's terms: Mujtama's schema, PostGraphile's generated one, the floor's URL. */
interface Forms {
  mujtama: string;
  postgraphile: string;
  floor: (variables: Variables) => HttpRequest;
}

function ask(system: SystemName, forms: Forms, variables: Variables): HttpRequest {
  if (system === 'SQL') return forms.floor(variables);
  const query = system === 'Mujtama' ? forms.mujtama : forms.postgraphile;
  return { method: 'POST', path: '/graphql', body: JSON.stringify({ query, variables }) };
}

const get =
  (path: string) =>
  (variables: Variables): HttpRequest => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(variables)) query.set(key, String(value));
    return { method: 'GET', path: `${path}?${query}` };
  };

const offeringsPage: Forms = {
  mujtama: `query Offerings($offset: Int!) {
    programOfferings(first: ${PAGE}, offset: $offset, orderBy: [{ field: ID, direction: ASC }]) {
      nodes { id nameAr kind topic status startDate
              center { id nameAr district { id nameAr } }
              roster { id role since until } } } }`,
  postgraphile: `query Offerings($offset: Int!) {
    allProgramOfferings(first: ${PAGE}, offset: $offset, orderBy: [ROW_ID_ASC], condition: { deletedAt: null }) {
      nodes { rowId nameAr kind topic status startDate
              healthCenterByCenterId { rowId nameAr districtByDistrictId { rowId nameAr } }
              rosterEntriesByOfferingId(condition: { deletedAt: null }, orderBy: [ROW_ID_ASC]) {
                nodes { rowId role since until } } } } }`,
  floor: get('/offerings'),
};

const onePerson: Forms = {
  mujtama: `query Person($id: ID!) {
    person(id: $id) { id nameAr gender birthYear phone
      coachingEnrollments { id status accessRoute enrolledOn endedOn
        sessions(last: 20) { id heldOn mode progress durationMinutes } } } }`,
  postgraphile: `query Person($id: Int!) {
    personByRowId(rowId: $id) { rowId nameAr gender birthYear phone
      coachingEnrollmentsByPersonId(condition: { deletedAt: null }, orderBy: [ROW_ID_ASC]) {
        nodes { rowId status accessRoute enrolledOn endedOn
          coachingSessionsByEnrollmentId(condition: { deletedAt: null }, orderBy: [HELD_ON_DESC, ROW_ID_DESC], first: 20) {
            nodes { rowId heldOn mode progress durationMinutes } } } } } }`,
  floor: get('/person'),
};

const peopleSearch: Forms = {
  mujtama: `query People($q: String!, $gender: Gender!) {
    people(filter: { q: $q, gender: $gender }, orderBy: [{ field: NAME_AR, direction: ASC }], first: 20) {
      totalCount nodes { id nameAr gender birthYear phone } } }`,
  postgraphile: `query People($q: String!, $gender: String!) {
    searchPeople(q: $q, condition: { gender: $gender }, orderBy: [NAME_AR_ASC, ROW_ID_ASC], first: 20) {
      totalCount nodes { rowId nameAr gender birthYear phone } } }`,
  floor: get('/people'),
};

const rosterEntryUpdate: Forms = {
  mujtama: `mutation Update($id: ID!, $version: Int!, $notes: String!) {
    updateRosterEntry(id: $id, input: { version: $version, notes: $notes }) { id version notes } }`,
  postgraphile: `mutation Update($id: Int!, $version: Int!, $notes: String!) {
    benchUpdateRosterEntry(input: { entryId: $id, expectedVersion: $version, newNotes: $notes }) {
      result { rowId version notes } } }`,
  floor: (variables) => ({ method: 'POST', path: '/roster-update', body: JSON.stringify(variables) }),
};

const hasResult = () => true;

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** Numbers in [0, 1) that repeat from the same seed, so that every system can be asked the same. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
}

/**
 * The four workloads. Reads ask every system for the same rows and fields. Updates send the version
 * they saw last; `currentVersions` tells the versions of the entries updated so far, read afresh
 * before each run because answers still in flight when a run stops are never seen.
 */
export function workloads(
  sizes: Sizes,
  currentVersions: () => Promise<Map<number, number>>,
  random = Math.random,
): Workload[] {
  const randomInt = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(values: readonly T[]) => values[randomInt(0, values.length - 1)];

  const pages = Math.max(1, Math.min(PAGES, Math.floor(sizes.offerings / PAGE)));
  const offerings: Workload = {
    key: 'offerings',
    title: `page (1–${PAGES}) of ${PAGE} offerings + center + district + roster`,
    request: (system) => ask(system, offeringsPage, { offset: PAGE * randomInt(0, pages - 1) }),
    accept: hasResult,
  };

  const person: Workload = {
    key: 'person',
    title: 'one person + enrollments + last 20 sessions each',
    request: (system) => ask(system, onePerson, { id: randomInt(1, enrolledPeople(sizes)) }),
    accept: hasResult,
  };

  const people: Workload = {
    key: 'people',
    title: 'people: search + gender filter + sort by name, 20 + total count',
    request: (system) =>
      ask(system, peopleSearch, { q: pick(searchTerms), gender: pick(['MALE', 'FEMALE']) }),
    accept: hasResult,
  };

  // Entries are walked with a stride coprime to their count: no two requests in flight share one
  // (which would fail a version check), and every entry comes round before any repeats.
  let stride = 7_919;
  while (gcd(stride, sizes.rosterEntries) !== 1) stride++;
  let updates = randomInt(0, sizes.rosterEntries - 1);
  let versions = new Map<number, number>();
  const rosterUpdate: Workload = {
    key: 'roster-update',
    title: 'roster entry update: version check + audit row',
    request: (system) => {
      const id = 1 + ((updates++ * stride) % sizes.rosterEntries);
      return ask(system, rosterEntryUpdate, { id, version: versions.get(id) ?? 1, notes: pick(updateNotes) });
    },
    accept: (body) => {
      const written = /[iI]d"\s*:\s*"?(\d+)"?\s*,\s*"version"\s*:\s*(\d+)/.exec(body);
      if (written) versions.set(Number(written[1]), Number(written[2]));
      return written !== null;
    },
    prepare: async () => {
      versions = await currentVersions();
    },
  };

  return [offerings, person, people, rosterUpdate];
}

/** Records in an answer (fields named id or rowId), to check that the systems answer alike. */
export const recordsIn = (body: string) => body.match(/"(?:id|rowId)"\s*:/g)?.length ?? 0;
