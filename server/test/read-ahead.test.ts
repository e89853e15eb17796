import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from './harness';

/*
 * On PostgreSQL a query and the relations it selects are read in one statement; on SQLite the
 * loaders read one level at a time. Both databases get the same seed, so the same question must
 * get the same answer from both, for every role, with the same access entries left behind.
 */

const queries: Record<string, string> = {
  'offerings with centers, districts, rosters and people': `{
    programOfferings(first: 30, orderBy: [{ field: ID, direction: ASC }]) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { id nameAr kind topic status startDate
        center { id nameAr district { id nameAr } }
        roster { id role since until person { id nameAr } } } } }`,
  'the second page, through a fragment': `query { programOfferings(first: 7, offset: 7, orderBy: [{ field: ID, direction: ASC }]) {
      nodes { ...offering } } }
    fragment offering on ProgramOffering { id center { nameAr } coachingEnrollments { id person { nameAr } } }`,
  'people who coach, with their rosters': `{
    people(filter: { role: HEALTH_COACH }, first: 10, orderBy: [{ field: ID, direction: ASC }]) {
      totalCount nodes { id nameAr rosterEntries { id role offering { id nameAr center { nameAr } } } } } }`,
  'enrollments with sessions and assessments': `{
    coachingEnrollments(first: 20, orderBy: [{ field: ID, direction: ASC }]) {
      nodes { id status enrolledOn person { nameAr }
        latest: sessions(last: 2) { id heldOn mode progress }
        sessions { id heldOn } assessments { id assessedOn weightKg bmi } } } }`,
  'districts, their centers and offerings': `{
    districts(first: 4, orderBy: [{ field: ID, direction: ASC }]) {
      nodes { id nameAr healthCenters { id nameAr offerings { id kind roster { id } } } } } }`,
  'people searched and filtered, newest first, past the first rows': `{
    people(filter: { q: "محمد", gender: MALE }, first: 15, offset: 2, orderBy: [{ field: ID, direction: DESC }]) {
      totalCount nodes { id nameAr gender rosterEntries { id role } } } }`,
  'people by id': `{
    people(filter: { ids: ["1", "3", "5", "8"] }, orderBy: [{ field: ID, direction: ASC }]) {
      totalCount nodes { id nameAr } } }`,
  'health-coach clinics, with their centers': `{
    programOfferings(filter: { kind: HEALTH_COACH, isDemo: false }, first: 10, orderBy: [{ field: ID, direction: DESC }]) {
      totalCount nodes { id kind center { id nameAr } } } }`,
  'sessions held within dates, latest first': `{
    coachingSessions(filter: { heldOnFrom: "2000-01-01", heldOnTo: "2100-12-31" }, first: 10,
      orderBy: [{ field: HELD_ON, direction: DESC }, { field: ID, direction: ASC }]) {
      totalCount nodes { id heldOn enrollment { id } } } }`,
  'one center read for few fields and for many in the same request': `{
    programOfferings(first: 5, orderBy: [{ field: ID, direction: ASC }]) { nodes { id center { id } } }
    rosterEntries(first: 5, orderBy: [{ field: ID, direction: ASC }]) {
      nodes { id offering { id center { id nameAr nameEn kind phone version isDemo district { nameAr } } } } } }`,
  'visits with a day worked out from their row': `{
    visits(first: 5, orderBy: [{ field: ID, direction: ASC }]) {
      nodes { id scheduledOnCalendar { hijriAr weekdayAr } supervised host { nameAr } } } }`,
  'skipped relations': `query ($no: Boolean = false) {
    programOfferings(first: 5, orderBy: [{ field: ID, direction: ASC }]) {
      nodes { id roster @include(if: $no) { id } center @skip(if: $no) { nameAr } } } }`,
};

const personQuery = `query ($id: ID!) { person(id: $id) { id nameAr gender birthYear phone
  coachingEnrollments { id status accessRoute enrolledOn endedOn
    sessions(last: 20) { id heldOn mode progress durationMinutes }
    coach { nameAr } offering { nameAr center { nameAr } } } } }`;

describe('reading ahead on PostgreSQL', () => {
  let sqlite: TestApi;
  let postgres: TestApi;
  let clientId: string;

  beforeAll(async () => {
    [sqlite, postgres] = await Promise.all([startApi('sqlite'), startApi('postgresql')]);
    const { coachingSessions } = await postgres.data<{
      coachingSessions: { nodes: { enrollment: { person: { id: string } } }[] };
    }>(
      '{ coachingSessions(first: 1, orderBy: [{ field: ID, direction: ASC }]) { nodes { enrollment { person { id } } } } }',
    );
    clientId = coachingSessions.nodes[0].enrollment.person.id;
  });
  afterAll(async () => {
    await Promise.all([sqlite?.close(), postgres?.close()]);
  });

  const both = async (query: string, variables?: Record<string, unknown>, tokens?: [string, string]) => {
    const [onSqlite, onPostgres] = await Promise.all([
      sqlite.gql(query, variables, tokens?.[0]),
      postgres.gql(query, variables, tokens?.[1]),
    ]);
    return { onSqlite, onPostgres };
  };

  it.each(Object.entries(queries))('answers as the loaders do: %s', async (_name, query) => {
    const { onSqlite, onPostgres } = await both(query);
    expect(onPostgres.errors).toBeUndefined();
    expect(JSON.stringify(onPostgres.data)).toMatch(/"id":"\d+"/);
    expect(onPostgres).toEqual(onSqlite);
  });

  it('answers one person with their enrollments and last sessions as the loaders do, in one statement after sign-in', async () => {
    const { onSqlite, onPostgres } = await both(personQuery, { id: clientId });
    expect(onPostgres.errors).toBeUndefined();
    expect(onPostgres).toEqual(onSqlite);
    const person = onPostgres.data as { person: { coachingEnrollments: { sessions: unknown[] }[] } };
    expect(person.person.coachingEnrollments.flatMap((e) => e.sessions).length).toBeGreaterThan(0);
    expect(await postgres.countStatements(() => postgres.data(personQuery, { id: clientId }))).toBe(2);
  });

  it('reads a nested page and its total count in one statement after sign-in, whatever the page size', async () => {
    const page = `query ($first: Int) { programOfferings(first: $first) { totalCount
      nodes { nameAr center { nameAr district { nameAr } } roster { role person { nameAr } } } } }`;
    expect(await postgres.countStatements(() => postgres.data(page, { first: 3 }))).toBe(2);
    expect(await postgres.countStatements(() => postgres.data(page, { first: 40 }))).toBe(2);
    const search =
      '{ people(filter: { q: "محمد", gender: MALE }, first: 5) { totalCount nodes { nameAr } } }';
    expect(await postgres.countStatements(() => postgres.data(search))).toBe(2);
  });

  it('reads only the columns a query selects, with the ids and references its relations follow', async () => {
    const columnsOfOfferings = async (query: string) => {
      const statements = await postgres.statementsOf(() => postgres.data(query));
      const read = statements.find((sql) => sql.includes('from "program_offering"'));
      return read?.slice(0, read.indexOf('from "program_offering"'));
    };
    const few = await columnsOfOfferings(
      '{ programOfferings(first: 3) { nodes { nameAr center { nameAr } } } }',
    );
    expect(few).toContain('"name_ar"');
    expect(few).toContain('"center_id"');
    expect(few).not.toContain('"topic"');
    expect(few).not.toContain('"created_at"');
    const more = await columnsOfOfferings('{ programOfferings(first: 3) { nodes { topic createdAt } } }');
    expect(more).toContain('"topic"');
    expect(more).toContain('"created_at"');
    expect(more).not.toContain('"name_ar"');
  });

  it('leaves one access entry per personal health record returned, as the loaders do', async () => {
    const accessEntries = async (api: TestApi) =>
      (
        await api.data<{ auditEntries: { nodes: { entityId: string }[] } }>(
          '{ auditEntries(first: 500, filter: { action: READ, entityType: "CoachingSession" }) { nodes { entityId } } }',
        )
      ).auditEntries.nodes
        .map((entry) => entry.entityId)
        .sort();
    const before = await Promise.all([accessEntries(sqlite), accessEntries(postgres)]);
    const { onPostgres } = await both(personQuery, { id: clientId });
    const returned = (
      onPostgres.data as { person: { coachingEnrollments: { sessions: { id: string }[] }[] } }
    ).person.coachingEnrollments.flatMap((enrollment) => enrollment.sessions.map((session) => session.id));
    const after = await Promise.all([accessEntries(sqlite), accessEntries(postgres)]);
    expect(after[1].length - before[1].length).toBe(returned.length);
    expect(after[0].length - before[0].length).toBe(returned.length);
    // An empty page returns no session, so it leaves no entry (though one more row is read to tell
    // whether more follow).
    await both('{ coachingEnrollments(first: 0) { pageInfo { hasNextPage } nodes { sessions { id } } } }');
    expect(await Promise.all([accessEntries(sqlite), accessEntries(postgres)])).toEqual(after);
  });

  it('gives every role the same answer and the same refusals', async () => {
    const { healthCenters } = await postgres.data<{ healthCenters: { nodes: { id: string }[] } }>(
      '{ healthCenters(first: 2, orderBy: [{ field: ID, direction: ASC }]) { nodes { id } } }',
    );
    const centerIds = healthCenters.nodes.map((center) => center.id);
    for (const [role, scope] of [
      ['HEALTH_MANAGER', { centerIds }],
      ['SECRETARIAT', {}],
      ['VIEWER', {}],
      ['COACH', { personId: clientId }],
    ] as const) {
      const tokens: [string, string] = [
        await sqlite.signInAs(role, scope),
        await postgres.signInAs(role, scope),
      ];
      for (const query of [...Object.values(queries), personQuery]) {
        const { onSqlite, onPostgres } = await both(query, { id: clientId }, tokens);
        expect({ role, query, answer: onPostgres }).toEqual({ role, query, answer: onSqlite });
      }
    }
  });
});
