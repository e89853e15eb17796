import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startApi, type TestApi } from './harness';

interface Statistics {
  healthCenters: { kind: string; active: number; inactive: number }[] | null;
  programOfferings: { kind: string; topic: string | null; status: string; count: number }[] | null;
  rosterMembers: { kind: string; role: string; count: number }[] | null;
  coachingEnrollments: { status: string; accessRoute: string; count: number }[] | null;
  coachingSessions: { day: string; mode: string; count: number }[] | null;
  associationEntities: { kind: string; active: number; inactive: number }[] | null;
  committeeMeetings: { day: string; count: number }[] | null;
  visits: { day: string; kind: string; status: string; count: number }[] | null;
  initiatives: { status: string; count: number; beneficiaries: number }[] | null;
  people: number | null;
  volunteers: number | null;
}

const statisticsQuery = `{ statistics {
  healthCenters { kind active inactive }
  programOfferings { kind topic status count }
  rosterMembers { kind role count }
  coachingEnrollments { status accessRoute count }
  coachingSessions { day mode count }
  associationEntities { kind active inactive }
  committeeMeetings { day count }
  visits { day kind status count }
  initiatives { status count beneficiaries }
  people volunteers
} }`;

const CHECK = `mutation ($type: ImportType!, $rows: [JSONObject!]!, $firstRow: Int!, $batch: String) {
  checkImport(type: $type, rows: $rows, firstRow: $firstRow, batch: $batch) {
    batch checked errorCount errors { row field code messageAr messageEn }
  }
}`;
const COMMIT = `mutation ($batch: String!, $rows: Int!) {
  commitImport(batch: $batch, rows: $rows) { created errorCount errors { row field code messageAr messageEn } }
}`;

interface RowError {
  row: number;
  field: string | null;
  code: string;
  messageAr: string;
  messageEn: string;
}
interface Check {
  batch: string;
  checked: number;
  errorCount: number;
  errors: RowError[];
}
interface Result {
  created: number;
  errorCount: number;
  errors: RowError[];
}

const sum = (rows: { count: number }[] | null) => (rows ?? []).reduce((total, row) => total + row.count, 0);

describe.each(databaseKinds)('dashboard statistics and spreadsheet imports on %s', (kind) => {
  let api: TestApi;
  let districtId: string;

  beforeAll(async () => {
    api = await startApi(kind);
    const { districts } = await api.data<{ districts: { nodes: { id: string }[] } }>(
      '{ districts(first: 1, orderBy: [{ field: ID, direction: ASC }]) { nodes { id } } }',
    );
    districtId = districts.nodes[0].id;
  });
  afterAll(() => api?.close());

  /** Checks `rows` in chunks as the admin sends them, then commits; returns the commit's answer. */
  async function importRows(type: string, rows: Record<string, unknown>[], chunk = 1000, token?: string) {
    let batch: string | null = null;
    for (let first = 0; first < rows.length; first += chunk) {
      const { checkImport }: { checkImport: Check } = await api.data(
        CHECK,
        { type, rows: rows.slice(first, first + chunk), firstRow: first, batch },
        token,
      );
      expect(checkImport.errors).toEqual([]);
      batch = checkImport.batch;
    }
    return (await api.data<{ commitImport: Result }>(COMMIT, { batch, rows: rows.length }, token))
      .commitImport;
  }

  it('counts the seeded programs of the announcement and the association’s entities', async () => {
    const { statistics } = await api.data<{ statistics: Statistics }>(statisticsQuery);
    expect(statistics.healthCenters).toEqual(
      expect.arrayContaining([
        { kind: 'PRIMARY_CARE_CENTER', active: 23, inactive: 0 },
        { kind: 'SMOKING_CESSATION_CENTER', active: 1, inactive: 0 },
      ]),
    );
    const offerings = (programKind: string, topic: string | null = null) =>
      sum(
        statistics.programOfferings?.filter((row) => row.kind === programKind && row.topic === topic) ?? [],
      );
    expect(offerings('HEALTH_COACH')).toBe(10);
    expect(offerings('INTEREST_GROUP', 'DIABETES')).toBe(10);
    expect(offerings('INTEREST_GROUP', 'OBESITY')).toBe(6);
    expect(offerings('INTEREST_GROUP', 'SMOKING_CESSATION')).toBe(1);
    expect(offerings('COMMUNITY_EMPOWERMENT')).toBe(21);

    const totals = await api.data<Record<string, { totalCount: number }>>(`{
      sessions: coachingSessions { totalCount }
      enrollments: coachingEnrollments { totalCount }
      meetings: committeeMeetings { totalCount }
      visits { totalCount }
      entities: associationEntities { totalCount }
      people { totalCount }
    }`);
    expect(sum(statistics.coachingSessions)).toBe(totals.sessions.totalCount);
    expect(sum(statistics.coachingEnrollments)).toBe(totals.enrollments.totalCount);
    expect(sum(statistics.committeeMeetings)).toBe(totals.meetings.totalCount);
    expect(sum(statistics.visits)).toBe(totals.visits.totalCount);
    expect(statistics.people).toBe(totals.people.totalCount);
    const entities = (statistics.associationEntities ?? []).reduce(
      (total, row) => total + row.active + row.inactive,
      0,
    );
    expect(entities).toBe(totals.entities.totalCount);
    expect(entities).toBeGreaterThan(100);
    for (const { day } of statistics.coachingSessions ?? []) expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('leaves out what a role may not read, and counts only a health manager’s own rows', async () => {
    const secretariat = await api.signInAs('SECRETARIAT');
    const forSecretariat = (await api.data<{ statistics: Statistics }>(statisticsQuery, {}, secretariat))
      .statistics;
    expect(forSecretariat.rosterMembers).toBeNull();
    expect(forSecretariat.coachingSessions).toBeNull();
    expect(forSecretariat.associationEntities).not.toBeNull();
    expect(forSecretariat.healthCenters).not.toBeNull();

    const { programOfferings } = await api.data<{ programOfferings: { nodes: { centerId: string }[] } }>(
      '{ programOfferings(first: 1, filter: { kind: HEALTH_COACH }) { nodes { centerId } } }',
    );
    const manager = await api.signInAs('HEALTH_MANAGER', { centerIds: [programOfferings.nodes[0].centerId] });
    const own = await api.data<{ rosterEntries: { totalCount: number } }>(
      '{ rosterEntries(filter: { current: true }) { totalCount } }',
      {},
      manager,
    );
    const forManager = (await api.data<{ statistics: Statistics }>(statisticsQuery, {}, manager)).statistics;
    expect(sum(forManager.rosterMembers)).toBe(own.rosterEntries.totalCount);
    expect(sum(forManager.rosterMembers)).toBeLessThan(
      sum((await api.data<{ statistics: Statistics }>(statisticsQuery)).statistics.rosterMembers),
    );
  });

  it('refuses statistics to a stranger', async () => {
    const result = await api.gql('{ statistics { people } }', {}, null);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('reports every bad row of a chunk and writes nothing', async () => {
    const before = await api.dump();
    const { checkImport } = await api.data<{ checkImport: Check }>(CHECK, {
      type: 'HEALTH_CENTER',
      firstRow: 0,
      rows: [
        { nameAr: 'مركز صحي التجربة الأول', districtId },
        { nameAr: 'مركز صحي التجربة الأول', districtId },
        { nameAr: '', districtId },
        { nameAr: 'مركز صحي التجربة الثاني', districtId: '999999' },
        { nameAr: 'مركز صحي التجربة الثالث', districtId, kind: 'HOSPITAL' },
        { nameAr: 'مركز صحي الزاهر', districtId },
      ],
    });
    expect(checkImport.checked).toBe(6);
    expect(checkImport.errorCount).toBe(5);
    const byRow = new Map(checkImport.errors.map((error) => [error.row, error]));
    expect(byRow.get(2)?.code).toBe('CONFLICT');
    expect(byRow.get(3)).toMatchObject({ field: 'nameAr', code: 'BAD_USER_INPUT' });
    expect(byRow.get(4)).toMatchObject({ field: 'districtId', code: 'BAD_USER_INPUT' });
    expect(byRow.get(5)).toMatchObject({ field: 'kind', code: 'BAD_USER_INPUT' });
    expect(byRow.get(6)?.code).toBe('CONFLICT');
    for (const error of checkImport.errors) expect(error.messageAr).toMatch(/[\u0600-\u06FF]/);
    expect(await api.dump()).toBe(before);
  });

  it('imports checked chunks in one transaction, audited and searchable in Arabic', async () => {
    const rows = Array.from({ length: 5 }, (_, index) => ({
      nameAr: `مركز صحي الاستيراد ${index + 1}`,
      nameEn: `Import center ${index + 1}`,
      districtId,
      kind: 'PRIMARY_CARE_CENTER',
      active: index % 2 === 0,
    }));
    const result = await importRows('HEALTH_CENTER', rows, 2);
    expect(result).toEqual({ created: 5, errorCount: 0, errors: [] });
    const { healthCenters } = await api.data<{ healthCenters: { totalCount: number } }>(
      '{ healthCenters(filter: { q: "الاستيراد" }) { totalCount } }',
    );
    expect(healthCenters.totalCount).toBe(5);
    const { auditEntries } = await api.data<{ auditEntries: { totalCount: number } }>(
      '{ auditEntries(filter: { entityType: "HealthCenter", action: CREATE }) { totalCount } }',
    );
    expect(auditEntries.totalCount).toBeGreaterThanOrEqual(5);
  });

  it('writes none of an import when a row fails at the commit', async () => {
    const before = await api.dump();
    // Each chunk is fine alone; together they name one center twice.
    const rows = [
      { nameAr: 'مركز صحي المكرر', districtId },
      { nameAr: 'مركز صحي غير مكرر', districtId },
      { nameAr: 'مركز صحي المكرر', districtId },
    ];
    const result = await importRows('HEALTH_CENTER', rows, 2);
    expect(result.created).toBe(0);
    expect(result.errors).toEqual([expect.objectContaining({ row: 3, code: 'CONFLICT' })]);
    expect(await api.dump()).toBe(before);
  });

  it('commits only when every row of the file was checked, and only for the user who checked them', async () => {
    const { checkImport } = await api.data<{ checkImport: Check }>(CHECK, {
      type: 'PERSON',
      firstRow: 0,
      rows: [{ nameAr: 'شخص أول', gender: 'MALE' }],
    });
    const missing = await api.gql(COMMIT, { batch: checkImport.batch, rows: 2 });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rows' });
    const other = await api.signInAs('ADMIN');
    const stranger = await api.gql(COMMIT, { batch: checkImport.batch, rows: 1 }, other);
    expect(stranger.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'batch' });
    await api.data('mutation ($batch: String!) { discardImport(batch: $batch) }', {
      batch: checkImport.batch,
    });
    const gone = await api.gql(COMMIT, { batch: checkImport.batch, rows: 1 });
    expect(gone.errors?.[0]?.extensions).toMatchObject({ field: 'batch' });
  });

  it('holds every role to what it may create, and a health manager to their own centers', async () => {
    const viewer = await api.signInAs('VIEWER');
    const refused = await api.gql(
      CHECK,
      { type: 'PERSON', firstRow: 0, rows: [{ nameAr: 'شخص', gender: 'MALE' }] },
      viewer,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const secretariat = await api.signInAs('SECRETARIAT');
    const notTheirs = await api.gql(
      CHECK,
      { type: 'HEALTH_CENTER', firstRow: 0, rows: [{ nameAr: 'مركز صحي السكرتارية', districtId }] },
      secretariat,
    );
    expect(notTheirs.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const { programOfferings } = await api.data<{
      programOfferings: { nodes: { id: string; centerId: string }[] };
    }>(
      '{ programOfferings(first: 2, filter: { kind: HEALTH_COACH }, orderBy: [{ field: ID, direction: ASC }]) { nodes { id centerId } } }',
    );
    const [own, foreign] = programOfferings.nodes;
    const manager = await api.signInAs('HEALTH_MANAGER', { centerIds: [own.centerId] });
    const { createPerson } = await api.data<{ createPerson: { id: string } }>(
      'mutation { createPerson(input: { nameAr: "عضو مستورد", gender: FEMALE }) { id } }',
    );
    const { checkImport } = await api.data<{ checkImport: Check }>(
      CHECK,
      {
        type: 'ROSTER_ENTRY',
        firstRow: 0,
        rows: [
          { offeringId: own.id, personId: createPerson.id, role: 'HEALTH_EDUCATOR' },
          { offeringId: foreign.id, personId: createPerson.id, role: 'HEALTH_EDUCATOR' },
        ],
      },
      manager,
    );
    expect(checkImport.errors).toEqual([expect.objectContaining({ row: 2, code: 'FORBIDDEN' })]);
    const { auditEntries } = await api.data<{ auditEntries: { nodes: { reason: string }[] } }>(
      '{ auditEntries(filter: { entityType: "RosterEntry", action: DENIED }) { nodes { reason } } }',
    );
    expect(auditEntries.nodes.map((entry) => entry.reason)).toContain(
      '1 import rows outside the centers or clients you manage',
    );
  });

  it('imports 10,000 people, checked in chunks and written in one transaction', async () => {
    const rows = Array.from({ length: 10_000 }, (_, index) => ({
      nameAr: `مشارك مستورد رقم ${index + 1}`,
      nameEn: `Imported participant ${index + 1}`,
      gender: index % 2 ? 'MALE' : 'FEMALE',
      birthYear: 1960 + (index % 50),
      phone: '0551234567',
      roles: ['COMMUNITY_MEMBER'],
    }));
    const started = Date.now();
    const result = await importRows('PERSON', rows);
    const seconds = (Date.now() - started) / 1000;
    expect(result).toEqual({ created: 10_000, errorCount: 0, errors: [] });
    const { people } = await api.data<{ people: { totalCount: number } }>(
      '{ people(filter: { q: "مشارك مستورد" }) { totalCount } }',
    );
    expect(people.totalCount).toBe(10_000);
    console.info(`${kind}: 10,000 people checked and imported in ${seconds.toFixed(1)} s`);
  }, 600_000);
});
