import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from './harness';

/** Two centers, each with a coach clinic, a coach, a client and a roster; users scoped to one of them. */
describe('who may do what (PostgreSQL)', () => {
  let api: TestApi;
  const ids: Record<string, string> = {};
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    api = await startApi('postgresql');
    const clinics = await api.data<{
      programOfferings: { nodes: { id: string; centerId: string; nameAr: string }[] };
    }>(
      '{ programOfferings(first: 2, filter: { kind: HEALTH_COACH }, orderBy: [{ field: ID, direction: ASC }]) { nodes { id centerId nameAr } } }',
    );
    const [clinicA, clinicB] = clinics.programOfferings.nodes;
    Object.assign(ids, {
      clinicA: clinicA.id,
      centerA: clinicA.centerId,
      clinicB: clinicB.id,
      centerB: clinicB.centerId,
    });
    const person = async (nameAr: string, roles: string[]) =>
      (
        await api.data<{ createPerson: { id: string } }>(
          'mutation ($nameAr: String!, $roles: [PersonRole!]) { createPerson(input: { nameAr: $nameAr, gender: MALE, roles: $roles }) { id } }',
          { nameAr, roles },
        )
      ).createPerson.id;
    for (const side of ['A', 'B']) {
      ids[`coach${side}`] = await person(`مدرب ${side}`, ['HEALTH_COACH']);
      ids[`client${side}`] = await person(`مستفيد ${side}`, ['COMMUNITY_MEMBER']);
      const roster = await api.data<{ createRosterEntry: { id: string } }>(
        'mutation ($o: ID!, $p: ID!) { createRosterEntry(input: { offeringId: $o, personId: $p, role: COACH }) { id } }',
        { o: ids[`clinic${side}`], p: ids[`coach${side}`] },
      );
      ids[`roster${side}`] = roster.createRosterEntry.id;
      const enrollment = await api.data<{ createCoachingEnrollment: { id: string } }>(
        `mutation ($p: ID!, $o: ID!, $c: ID!) { createCoachingEnrollment(input: {
          personId: $p, offeringId: $o, coachId: $c, accessRoute: DIRECT_BOOKING, status: ACTIVE, enrolledOn: "2026-03-01", goals: "المشي يوميًا"
        }) { id } }`,
        { p: ids[`client${side}`], o: ids[`clinic${side}`], c: ids[`coach${side}`] },
      );
      ids[`enrollment${side}`] = enrollment.createCoachingEnrollment.id;
      await api.data(
        'mutation ($e: ID!) { createLifestyleAssessment(input: { enrollmentId: $e, assessedOn: "2026-03-01", weightKg: 90, heightCm: 175, healthNeeds: "إنقاص الوزن" }) { id } }',
        { e: ids[`enrollment${side}`] },
      );
    }
    tokens.manager = await api.signInAs('HEALTH_MANAGER', { centerIds: [ids.centerA] });
    tokens.coach = await api.signInAs('COACH', { personId: ids.coachA });
    tokens.viewer = await api.signInAs('VIEWER');
    tokens.secretariat = await api.signInAs('SECRETARIAT');
  });
  afterAll(() => api?.close());

  const codeOf = async (query: string, variables: Record<string, unknown>, token: string | null) =>
    (await api.gql(query, variables, token)).errors?.[0]?.extensions?.code ?? 'OK';

  it('reads nothing but the schema without signing in', async () => {
    expect(await codeOf('{ healthCenters { totalCount } }', {}, null)).toBe('UNAUTHENTICATED');
    expect(await codeOf('{ people { nodes { nameAr } } }', {}, null)).toBe('UNAUTHENTICATED');
    expect(await codeOf('mutation { createDistrict(input: { nameAr: "حي" }) { id } }', {}, null)).toBe(
      'UNAUTHENTICATED',
    );
    const bulkEdit = 'mutation { updateAssociationEntities(ids: ["1"], input: { active: false }) { id } }';
    expect(await codeOf(bulkEdit, {}, null)).toBe('UNAUTHENTICATED');
    expect(await codeOf(bulkEdit, {}, tokens.viewer)).toBe('FORBIDDEN');
    const schema = await api.gql<{ __schema: { queryType: { name: string } } }>(
      '{ __schema { queryType { name } } }',
      {},
      null,
    );
    expect(schema.data?.__schema.queryType.name).toBe('Query');
  });

  it('keeps a health manager to the people and records of their centers, through every path', async () => {
    const token = tokens.manager;
    const roster = await api.data<{ rosterEntries: { nodes: { id: string }[]; totalCount: number } }>(
      '{ rosterEntries(first: 500) { totalCount nodes { id } } }',
      {},
      token,
    );
    const seen = roster.rosterEntries.nodes.map((entry) => entry.id);
    expect(seen).toContain(ids.rosterA);
    expect(seen).not.toContain(ids.rosterB);
    expect(roster.rosterEntries.totalCount).toBe(seen.length);

    expect(await codeOf('query ($id: ID!) { rosterEntry(id: $id) { id } }', { id: ids.rosterB }, token)).toBe(
      'NOT_FOUND',
    );
    const nested = await api.data<{ programOffering: { roster: unknown[]; coachingEnrollments: unknown[] } }>(
      'query ($id: ID!) { programOffering(id: $id) { roster { id } coachingEnrollments { id } } }',
      { id: ids.clinicB },
      token,
    );
    expect(nested.programOffering).toEqual({ roster: [], coachingEnrollments: [] });

    const people = await api.data<{ people: { nodes: { id: string }[] } }>(
      '{ people(first: 500, filter: { q: "مستفيد" }) { nodes { id } } }',
      {},
      token,
    );
    expect(people.people.nodes.map((p) => p.id)).toEqual([ids.clientA]);
    const filtered = await api.data<{ coachingEnrollments: { totalCount: number } }>(
      'query ($o: ID) { coachingEnrollments(filter: { offeringId: $o }) { totalCount } }',
      { o: ids.clinicB },
      token,
    );
    expect(filtered.coachingEnrollments.totalCount).toBe(0);

    expect(
      await codeOf(
        'mutation ($id: ID!) { updateRosterEntry(id: $id, input: { notes: "x" }) { id } }',
        { id: ids.rosterB },
        token,
      ),
    ).toBe('FORBIDDEN');
    const rosterOfB = () =>
      api.data<{ rosterEntries: { totalCount: number } }>(
        'query ($o: ID) { rosterEntries(filter: { offeringId: $o }) { totalCount } }',
        { o: ids.clinicB },
      );
    const before = await rosterOfB();
    expect(
      await codeOf(
        'mutation ($o: ID!, $p: ID!) { createRosterEntry(input: { offeringId: $o, personId: $p, role: FACILITATOR }) { id } }',
        { o: ids.clinicB, p: ids.clientA },
        token,
      ),
    ).toBe('FORBIDDEN');
    expect(await rosterOfB()).toEqual(before);
    const denied = await api.data<{ auditEntries: { nodes: { action: string; entityType: string }[] } }>(
      '{ auditEntries(filter: { action: DENIED }) { nodes { action entityType } } }',
    );
    expect(denied.auditEntries.nodes.filter((entry) => entry.entityType === 'RosterEntry')).toHaveLength(2);

    const own = await api.data<{ updateRosterEntry: { notes: string } }>(
      'mutation ($id: ID!) { updateRosterEntry(id: $id, input: { notes: "منسق العيادة" }) { notes } }',
      { id: ids.rosterA },
      token,
    );
    expect(own.updateRosterEntry.notes).toBe('منسق العيادة');
  });

  it('shows a coach their own clients only', async () => {
    const result = await api.data<{
      coachingEnrollments: { nodes: { id: string }[] };
      lifestyleAssessments: { totalCount: number };
    }>('{ coachingEnrollments { nodes { id } } lifestyleAssessments { totalCount } }', {}, tokens.coach);
    expect(result.coachingEnrollments.nodes.map((e) => e.id)).toEqual([ids.enrollmentA]);
    expect(result.lifestyleAssessments.totalCount).toBe(1);
  });

  it('logs every read of a personal health record', async () => {
    const before = await api.data<{ auditEntries: { totalCount: number } }>(
      '{ auditEntries(filter: { action: READ, entityType: "LifestyleAssessment" }) { totalCount } }',
    );
    await api.data('{ lifestyleAssessments { nodes { id healthNeeds } } }', {}, tokens.coach);
    const after = await api.data<{ auditEntries: { totalCount: number; nodes: { userId: string }[] } }>(
      '{ auditEntries(first: 1, filter: { action: READ, entityType: "LifestyleAssessment" }) { totalCount nodes { userId } } }',
    );
    expect(after.auditEntries.totalCount).toBe(before.auditEntries.totalCount + 1);
    expect(after.auditEntries.nodes[0].userId).not.toBeNull();
  });

  it('never shows personal health records to viewers or the association', async () => {
    for (const token of [tokens.viewer, tokens.secretariat]) {
      expect(await codeOf('{ lifestyleAssessments { totalCount } }', {}, token)).toBe('FORBIDDEN');
      expect(
        await codeOf(
          'query ($id: ID!) { coachingEnrollment(id: $id) { assessments { healthNeeds } } }',
          { id: ids.enrollmentA },
          token,
        ),
      ).not.toBe('OK');
    }
    expect(await codeOf('{ rosterEntries { totalCount } }', {}, tokens.secretariat)).toBe('FORBIDDEN');
    expect(await codeOf('{ healthCenters { totalCount } }', {}, tokens.viewer)).toBe('OK');
    expect(
      await codeOf('mutation { createDistrict(input: { nameAr: "حي التجربة" }) { id } }', {}, tokens.viewer),
    ).toBe('FORBIDDEN');
  });

  it('keeps goals and session notes from everyone but health staff, on every path', async () => {
    const session = await api.data<{ createCoachingSession: { id: string } }>(
      'mutation ($e: ID!) { createCoachingSession(input: { enrollmentId: $e, heldOn: "2026-03-08", notes: "ضغط مرتفع" }) { id } }',
      { e: ids.enrollmentA },
    );
    const sessionId = session.createCoachingSession.id;
    const enrollmentQuery =
      'query ($id: ID!) { coachingEnrollment(id: $id) { status goals sessions { heldOn notes } } }';
    const paths = [
      { query: enrollmentQuery, variables: { id: ids.enrollmentA } },
      { query: 'query ($id: ID!) { coachingSession(id: $id) { notes } }', variables: { id: sessionId } },
      { query: '{ coachingEnrollments(first: 500) { nodes { goals } } }', variables: {} },
      { query: '{ coachingSessions(first: 500) { nodes { notes } } }', variables: {} },
      {
        query: 'query ($id: ID!) { programOffering(id: $id) { coachingEnrollments { goals } } }',
        variables: { id: ids.clinicA },
      },
    ];
    for (const token of [tokens.viewer, tokens.secretariat]) {
      for (const { query, variables } of paths) {
        const result = await api.gql(query, variables, token);
        expect(result.errors?.map((error) => error.extensions?.code) ?? [], query).toContain('FORBIDDEN');
        expect(JSON.stringify(result.data ?? null), query).not.toMatch(/المشي|ضغط/);
      }
    }
    // A viewer still reads the rest of the enrollment: only the personal fields are withheld.
    const viewed = await api.gql<{ coachingEnrollment: { status: string; goals: null } }>(
      enrollmentQuery,
      { id: ids.enrollmentA },
      tokens.viewer,
    );
    expect(viewed.data?.coachingEnrollment).toMatchObject({ status: 'ACTIVE', goals: null });
    expect(viewed.errors?.map((error) => error.path?.join('.'))).toEqual([
      'coachingEnrollment.goals',
      'coachingEnrollment.sessions.0.notes',
    ]);

    const managed = await api.data<{
      coachingEnrollment: { goals: string; sessions: { notes: string }[] };
    }>(enrollmentQuery, { id: ids.enrollmentA }, tokens.manager);
    expect(managed.coachingEnrollment).toMatchObject({
      goals: 'المشي يوميًا',
      sessions: [{ notes: 'ضغط مرتفع' }],
    });
  });

  it('lets only administrators manage users and read the audit log', async () => {
    for (const token of [tokens.manager, tokens.secretariat, tokens.viewer]) {
      expect(await codeOf('{ users { totalCount } }', {}, token)).toBe('FORBIDDEN');
      expect(await codeOf('{ auditEntries { totalCount } }', {}, token)).toBe('FORBIDDEN');
    }
    expect(await codeOf('{ users { totalCount } }', {}, null)).toBe('UNAUTHENTICATED');
  });

  it('ends a session at logout and refuses wrong passwords', async () => {
    const token = await api.signInAs('VIEWER');
    expect(await codeOf('mutation { logout }', {}, token)).toBe('OK');
    expect(await codeOf('{ healthCenters { totalCount } }', {}, token)).toBe('UNAUTHENTICATED');
    expect(
      await codeOf(
        'mutation { login(email: "admin@test.local", password: "wrong-password") { token } }',
        {},
        null,
      ),
    ).toBe('UNAUTHENTICATED');
  });

  it('keeps a manager from bringing another center’s client into view by naming them on a roster', async () => {
    const token = tokens.manager;
    const before = await api.dump();
    expect(
      await codeOf(
        'mutation ($o: ID!, $p: ID!) { createRosterEntry(input: { offeringId: $o, personId: $p, role: COACH }) { id } }',
        { o: ids.clinicA, p: ids.clientB },
        token,
      ),
    ).toBe('FORBIDDEN');
    expect(await codeOf('query ($id: ID!) { person(id: $id) { id } }', { id: ids.clientB }, token)).toBe(
      'NOT_FOUND',
    );
    const { auditEntries } = await api.data<{
      auditEntries: { nodes: { action: string; reason: string }[] };
    }>('{ auditEntries(first: 1, filter: { action: DENIED }) { nodes { action reason } } }');
    expect(auditEntries.nodes[0].reason).toMatch(/Person/);
    // Only the refusal's audit entry is new.
    const withoutAudit = (dump: string) =>
      dump
        .split('\n')
        .filter((table) => !table.startsWith('audit_entry:'))
        .join('\n');
    expect(withoutAudit(await api.dump())).toBe(withoutAudit(before));
  });
});
