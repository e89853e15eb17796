import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startApi, type TestApi } from './harness';

interface Center {
  id: string;
  nameAr: string;
  version: number;
  offerings: { kind: string; topic: string | null }[];
}

const centersQuery = `{
  healthCenters(first: 500) {
    totalCount
    nodes { id nameAr kind version district { nameAr } offerings { kind topic status } }
  }
}`;

describe.each(databaseKinds)('health programs API on %s', (kind) => {
  let api: TestApi;
  let centers: Center[];

  beforeAll(async () => {
    api = await startApi(kind);
    centers = (await api.data<{ healthCenters: { nodes: Center[] } }>(centersQuery)).healthCenters.nodes;
  });
  afterAll(() => api?.close());

  const centerNamed = (district: string) => {
    const center = centers.find((c) => c.nameAr === `مركز صحي ${district}`);
    if (!center) throw new Error(`no center for ${district}`);
    return center;
  };
  const runs = (center: Center, kind: string, topic: string | null = null) =>
    center.offerings.some((offering) => offering.kind === kind && offering.topic === topic);

  it('seeds every center and program of the announcement, once each', async () => {
    expect(centers).toHaveLength(24);
    expect(centers.filter((c) => c.nameAr.startsWith('مركز صحي '))).toHaveLength(23);
    expect(centers.map((c) => c.nameAr)).toContain('مركز مكافحة التدخين بالخالدية');
    expect(centers.filter((c) => c.nameAr.includes('شرائع 7'))).toHaveLength(1);
    const offerings = centers.flatMap((c) => c.offerings);
    expect(offerings.filter((o) => o.kind === 'HEALTH_COACH')).toHaveLength(10);
    expect(offerings.filter((o) => o.topic === 'DIABETES')).toHaveLength(10);
    expect(offerings.filter((o) => o.topic === 'OBESITY')).toHaveLength(6);
    expect(offerings.filter((o) => o.topic === 'SMOKING_CESSATION')).toHaveLength(1);
    expect(offerings.filter((o) => o.kind === 'COMMUNITY_EMPOWERMENT')).toHaveLength(21);
    const smoking = centers.find((c) => c.nameAr === 'مركز مكافحة التدخين بالخالدية')!;
    expect(runs(smoking, 'INTEREST_GROUP', 'SMOKING_CESSATION')).toBe(true);
    expect(runs(centerNamed('الشرائع 7'), 'INTEREST_GROUP', 'DIABETES')).toBe(true);
    expect(runs(centerNamed('النواريه'), 'COMMUNITY_EMPOWERMENT')).toBe(true);
  });

  it('answers which centers run both a coach clinic and an obesity group', () => {
    const both = centers.filter((c) => runs(c, 'HEALTH_COACH') && runs(c, 'INTEREST_GROUP', 'OBESITY'));
    expect(both.map((c) => c.nameAr).sort()).toEqual(
      ['مركز صحي الإسكان', 'مركز صحي التنعيم', 'مركز صحي شارع الحج', 'مركز صحي كدي والهجرة'].sort(),
    );
  });

  it.each([
    ['الاسكان', 'مركز صحي الإسكان'],
    ['النوارية', 'مركز صحي النواريه'],
    ['كدى', 'مركز صحي كدي والهجرة'],
    ['شرائع 7', 'مركز صحي الشرائع 7'],
    ['العُتَيْبِيّـة', 'مركز صحي العتيبية'],
  ])('finds centers by Arabic text as people type it: %s', async (q, expected) => {
    const { healthCenters } = await api.data<{ healthCenters: { nodes: { nameAr: string }[] } }>(
      'query ($q: String) { healthCenters(filter: { q: $q }) { nodes { nameAr } } }',
      { q },
    );
    expect(healthCenters.nodes.map((c) => c.nameAr)).toEqual([expected]);
  });

  it('pages with offsets and cursors alike, and caps huge pages', async () => {
    const query = `query ($first: Int, $offset: Int, $after: String) {
      programOfferings(first: $first, offset: $offset, after: $after, orderBy: [{ field: NAME_AR, direction: DESC }]) {
        totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { id }
      }
    }`;
    type Page = {
      programOfferings: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string };
        nodes: { id: string }[];
      };
    };
    const all = (await api.data<Page>(query, { first: 2147483647 })).programOfferings;
    expect(all.totalCount).toBe(48);
    expect(all.nodes).toHaveLength(48);
    expect(all.pageInfo.hasNextPage).toBe(false);
    const first = (await api.data<Page>(query, { first: 10 })).programOfferings;
    const second = (await api.data<Page>(query, { first: 10, after: first.pageInfo.endCursor }))
      .programOfferings;
    const byOffset = (await api.data<Page>(query, { first: 10, offset: 10 })).programOfferings;
    expect(second.nodes).toEqual(byOffset.nodes);
    expect(second.nodes).toEqual(all.nodes.slice(10, 20));
    expect(second.pageInfo.hasPreviousPage).toBe(true);
  });

  it('reads a page of offerings with centers, districts and rosters in a constant number of statements', async () => {
    const query = `query ($first: Int) {
      programOfferings(first: $first) {
        nodes { nameAr center { nameAr district { nameAr } } roster { role person { nameAr } } }
      }
    }`;
    const small = await api.countStatements(() => api.data(query, { first: 3 }));
    const large = await api.countStatements(() => api.data(query, { first: 40 }));
    expect(large).toBe(small);
    // session lookup, then on PostgreSQL one statement for the page and its relations; on SQLite the
    // page, then one each for centers, districts, rosters and people
    expect(large).toBe(kind === 'postgresql' ? 2 : 6);
  });

  it('reads the most recent sessions of each enrollment, newest first, in one statement for all', async () => {
    const { programOfferings } = await api.data<{ programOfferings: { nodes: { id: string }[] } }>(
      '{ programOfferings(first: 1, filter: { kind: HEALTH_COACH }) { nodes { id } } }',
    );
    const clinic = programOfferings.nodes[0].id;
    const person = async (nameAr: string, roles: string[]) =>
      (
        await api.data<{ createPerson: { id: string } }>(
          'mutation ($nameAr: String!, $roles: [PersonRole!]) { createPerson(input: { nameAr: $nameAr, gender: FEMALE, roles: $roles }) { id } }',
          { nameAr, roles },
        )
      ).createPerson.id;
    const coach = await person('مدربة الجلسات', ['HEALTH_COACH']);
    const client = await person('مستفيدة الجلسات', ['COMMUNITY_MEMBER']);
    await api.data(
      'mutation ($o: ID!, $p: ID!) { createRosterEntry(input: { offeringId: $o, personId: $p, role: COACH }) { id } }',
      { o: clinic, p: coach },
    );
    const enrollment = async (enrolledOn: string) =>
      (
        await api.data<{ createCoachingEnrollment: { id: string } }>(
          `mutation ($p: ID!, $o: ID!, $c: ID!, $on: LocalDate!) { createCoachingEnrollment(input: {
            personId: $p, offeringId: $o, coachId: $c, accessRoute: DIRECT_BOOKING, status: ACTIVE, enrolledOn: $on
          }) { id } }`,
          { p: client, o: clinic, c: coach, on: enrolledOn },
        )
      ).createCoachingEnrollment.id;
    const days = {
      [await enrollment('2026-01-01')]: ['2026-01-05', '2026-02-09', '2026-01-20', '2026-03-01'],
    };
    days[await enrollment('2026-04-01')] = ['2026-04-03'];
    for (const [enrollmentId, heldOn] of Object.entries(days)) {
      for (const day of heldOn) {
        await api.data(
          'mutation ($e: ID!, $d: LocalDate!) { createCoachingSession(input: { enrollmentId: $e, heldOn: $d, mode: IN_CLINIC }) { id } }',
          { e: enrollmentId, d: day },
        );
      }
    }
    const query = `query ($id: ID!, $last: Int) { person(id: $id) { coachingEnrollments {
      latest: sessions(last: $last) { heldOn } all: sessions { heldOn } } } }`;
    type Sessions = { heldOn: string }[];
    const read = (last: number) =>
      api.data<{ person: { coachingEnrollments: { latest: Sessions; all: Sessions }[] } }>(query, {
        id: client,
        last,
      });
    const { person: found } = await read(2);
    expect(found.coachingEnrollments.map((e) => e.latest.map((s) => s.heldOn))).toEqual([
      ['2026-03-01', '2026-02-09'],
      ['2026-04-03'],
    ]);
    expect(found.coachingEnrollments[0].all.map((s) => s.heldOn)).toEqual(days[Object.keys(days)[0]]);
    expect(await api.countStatements(() => read(2))).toBe(await api.countStatements(() => read(3)));
    // Each session returned leaves its access entry, and only those.
    const reads = async () =>
      (
        await api.data<{ auditEntries: { nodes: { entityId: string }[] } }>(
          '{ auditEntries(first: 500, filter: { action: READ, entityType: "CoachingSession" }) { nodes { entityId } } }',
        )
      ).auditEntries.nodes.map((entry) => entry.entityId);
    const logged = (await reads()).length;
    const latest = await api.data<{ person: { coachingEnrollments: { sessions: { id: string }[] }[] } }>(
      'query ($id: ID!) { person(id: $id) { coachingEnrollments { sessions(last: 2) { id } } } }',
      { id: client },
    );
    const returned = latest.person.coachingEnrollments.flatMap((e) =>
      e.sessions.map((session) => session.id),
    );
    const entries = await reads();
    expect(entries.length - logged).toBe(3);
    expect(entries.slice(0, 3).sort()).toEqual([...returned].sort());
    const refused = await api.gql(query, { id: client, last: -1 });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'last' });
  });

  it('updates a record in one statement with its audit row on PostgreSQL, beside sign-in and the read', async () => {
    const { rosterEntries } = await api.data<{ rosterEntries: { nodes: { id: string; version: number }[] } }>(
      '{ rosterEntries(first: 1) { nodes { id version } } }',
    );
    const [entry] = rosterEntries.nodes;
    const update = () =>
      api.data(
        'mutation ($id: ID!, $v: Int!) { updateRosterEntry(id: $id, input: { version: $v, notes: "تحديث" }) { version } }',
        { id: entry.id, v: entry.version },
      );
    // session lookup, the row as it was, then the versioned update with its audit row (plus BEGIN,
    // the audit insert and COMMIT apart on SQLite)
    expect(await api.countStatements(update)).toBe(kind === 'postgresql' ? 3 : 6);
    const { auditEntries } = await api.data<{
      auditEntries: { nodes: { action: string; after: { notes: string } }[] };
    }>(
      'query ($id: ID) { auditEntries(filter: { entityType: "RosterEntry", entityId: $id }) { nodes { action after } } }',
      { id: entry.id },
    );
    expect(auditEntries.nodes[0]).toMatchObject({
      action: 'UPDATE',
      after: { notes: 'تحديث', version: entry.version + 1 },
    });
  });

  it('edits a roster from the offering: add, move, change role, remove', async () => {
    const clinic = centerNamed('الزاهر');
    const { programOfferings } = await api.data<{
      programOfferings: { nodes: { id: string; kind: string }[] };
    }>('query ($id: ID) { programOfferings(filter: { centerId: $id }) { nodes { id kind } } }', {
      id: clinic.id,
    });
    const coachClinic = programOfferings.nodes.find((o) => o.kind === 'HEALTH_COACH')!;
    const team = programOfferings.nodes.find((o) => o.kind === 'COMMUNITY_EMPOWERMENT')!;
    const { createPerson } = await api.data<{ createPerson: { id: string } }>(
      `mutation { createPerson(input: { nameAr: "نورة الحربي", gender: FEMALE, phone: "0551234567", roles: [HEALTH_COACH] }) { id } }`,
    );
    const { createRosterEntry: entry } = await api.data<{
      createRosterEntry: { id: string; version: number };
    }>(
      `mutation ($offering: ID!, $person: ID!) {
        createRosterEntry(input: { offeringId: $offering, personId: $person, role: COACH, since: "2026-01-05" }) { id version }
      }`,
      { offering: coachClinic.id, person: createPerson.id },
    );
    const roster = await api.data<{
      programOffering: { roster: { id: string; role: string; person: { nameAr: string } }[] };
    }>('query ($id: ID!) { programOffering(id: $id) { roster { id role person { nameAr } } } }', {
      id: coachClinic.id,
    });
    expect(roster.programOffering.roster).toContainEqual({
      id: entry.id,
      role: 'COACH',
      person: { nameAr: 'نورة الحربي' },
    });

    const moved = await api.data<{
      updateRosterEntry: { offeringId: string; role: string; version: number };
    }>(
      `mutation ($id: ID!, $team: ID!, $version: Int) {
        updateRosterEntry(id: $id, input: { offeringId: $team, role: FACILITATOR, version: $version }) { offeringId role version }
      }`,
      { id: entry.id, team: team.id, version: entry.version },
    );
    expect(moved.updateRosterEntry).toEqual({
      offeringId: team.id,
      role: 'FACILITATOR',
      version: entry.version + 1,
    });

    const stale = await api.gql(
      `mutation ($id: ID!, $version: Int) { updateRosterEntry(id: $id, input: { role: COACH, version: $version }) { id } }`,
      { id: entry.id, version: entry.version },
    );
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');

    await api.data('mutation ($id: ID!) { deleteRosterEntry(id: $id) { id } }', { id: entry.id });
    const after = await api.data<{ programOffering: { roster: { id: string }[] } }>(
      'query ($id: ID!) { programOffering(id: $id) { roster { id } } }',
      { id: team.id },
    );
    expect(after.programOffering.roster.map((e) => e.id)).not.toContain(entry.id);
  });

  it('keeps group members to interest groups', async () => {
    const team = await api.data<{ programOfferings: { nodes: { id: string }[] } }>(
      '{ programOfferings(first: 1, filter: { kind: COMMUNITY_EMPOWERMENT }) { nodes { id } } }',
    );
    const person = await api.data<{ people: { nodes: { id: string }[] } }>(
      '{ people(first: 1) { nodes { id } } }',
    );
    const personId =
      person.people.nodes[0]?.id ??
      (
        await api.data<{ createPerson: { id: string } }>(
          'mutation { createPerson(input: { nameAr: "سعد", gender: MALE }) { id } }',
        )
      ).createPerson.id;
    const result = await api.gql(
      `mutation ($o: ID!, $p: ID!) { createRosterEntry(input: { offeringId: $o, personId: $p, role: GROUP_MEMBER_PATIENT }) { id } }`,
      { o: team.programOfferings.nodes[0].id, p: personId },
    );
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'role' });
  });

  it('refuses invalid input with the field named, and writes nothing', async () => {
    const district = centerNamed('العدل');
    const before = await api.data<{ healthCenters: { totalCount: number } }>(
      '{ healthCenters { totalCount } }',
    );
    const cases: [string, string][] = [
      [`{ nameAr: "مركز صحي جديد", districtId: "${district.id}", phone: "12345" }`, 'phone'],
      [`{ nameAr: "م", districtId: "${district.id}" }`, 'nameAr'],
      [`{ nameAr: "مركز صحي جديد", districtId: "999999" }`, 'districtId'],
      [`{ nameAr: "مركز صحي جديد", districtId: "abc" }`, 'districtId'],
      [`{ nameAr: "${'ا'.repeat(10_000)}", districtId: "${district.id}" }`, 'nameAr'],
    ];
    for (const [input, field] of cases) {
      const result = await api.gql(`mutation { createHealthCenter(input: ${input}) { id } }`);
      expect(result.errors?.[0].extensions, input.slice(0, 60)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
    }
    const after = await api.data<{ healthCenters: { totalCount: number } }>(
      '{ healthCenters { totalCount } }',
    );
    expect(after.healthCenters.totalCount).toBe(before.healthCenters.totalCount);
  });

  it('detects stale edits, trashes and restores with history, and says NOT_FOUND for missing ids', async () => {
    const center = centerNamed('الريان');
    const update = (version: number) =>
      api.gql(
        'mutation ($id: ID!, $v: Int) { updateHealthCenter(id: $id, input: { phone: "0125551234", version: $v }) { version phone } }',
        {
          id: center.id,
          v: version,
        },
      );
    const first = await update(center.version);
    expect(first.data).toEqual({ updateHealthCenter: { version: center.version + 1, phone: '0125551234' } });
    const second = await update(center.version);
    expect(second.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      type: 'HealthCenter',
      id: center.id,
    });

    const trashed = await api.data<{ deleteHealthCenter: { deletedAt: string | null } }>(
      'mutation ($id: ID!) { deleteHealthCenter(id: $id) { deletedAt } }',
      { id: center.id },
    );
    expect(trashed.deleteHealthCenter.deletedAt).not.toBeNull();
    const listed = await api.data<{
      healthCenters: { nodes: { id: string }[] };
      trash: { nodes: { id: string }[] };
    }>(
      '{ healthCenters(first: 500) { nodes { id } } trash: healthCenters(filter: { trashed: true }) { nodes { id } } }',
    );
    expect(listed.healthCenters.nodes.map((c) => c.id)).not.toContain(center.id);
    expect(listed.trash.nodes.map((c) => c.id)).toEqual([center.id]);
    const offering = await api.data<{
      programOfferings: { nodes: { center: { id: string; deletedAt: string } }[] };
    }>(
      'query ($id: ID) { programOfferings(filter: { centerId: $id }) { nodes { center { id deletedAt } } } }',
      { id: center.id },
    );
    expect(offering.programOfferings.nodes[0].center.id).toBe(center.id);
    await api.data('mutation ($id: ID!) { restoreHealthCenter(id: $id) { id } }', { id: center.id });
    const history = await api.data<{
      auditEntries: { nodes: { action: string; before: { phone: string } | null }[] };
    }>(
      'query ($id: ID) { auditEntries(filter: { entityType: "HealthCenter", entityId: $id }) { nodes { action before } } }',
      { id: center.id },
    );
    expect(history.auditEntries.nodes.map((entry) => entry.action)).toEqual(['RESTORE', 'DELETE', 'UPDATE']);

    const missing = await api.gql('{ healthCenter(id: "987654") { id } }');
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(missing)).not.toMatch(/stack|at \w+ \(/);
  });
});
