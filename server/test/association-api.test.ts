import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startApi, type TestApi } from './harness';

interface Summary {
  committeeMeetings: number;
  proactiveVisits: number;
  supervisedVisits: number;
  visitGroups: number;
  initiatives: number;
  distinctVolunteers: number;
  volunteerHours: number;
  beneficiaries: number;
}

interface Program {
  id: string;
  nameAr: string;
  summary: Summary;
}

const programsQuery = `{
  associationPrograms {
    nodes {
      id nameAr
      summary {
        committeeMeetings proactiveVisits supervisedVisits visitGroups
        initiatives distinctVolunteers volunteerHours beneficiaries
      }
    }
  }
}`;

interface Id {
  id: string;
}

describe.each(databaseKinds)('association API on %s', (kind) => {
  let api: TestApi;
  const programs = async () => {
    const { associationPrograms } = await api.data<{ associationPrograms: { nodes: Program[] } }>(
      programsQuery,
    );
    const byName = (nameAr: string) =>
      associationPrograms.nodes.find((program) => program.nameAr === nameAr)!;
    return { taawun: byName('تعاون'), tam: byName('تم') };
  };
  const ids = async (query: string, variables?: Record<string, unknown>) => {
    const data = await api.data<Record<string, { nodes: Id[] }>>(query, variables);
    return Object.values(data)[0].nodes.map((node) => node.id);
  };
  const errorOf = async (query: string, variables?: Record<string, unknown>) => {
    const { errors } = await api.gql(query, variables);
    expect(errors).toHaveLength(1);
    return errors![0].extensions as { code: string; field?: string; violations?: { field: string }[] };
  };

  beforeAll(async () => {
    api = await startApi(kind);
  });
  afterAll(() => api?.close());

  it('has the association, its bodies, programs, committees, projects and forum under their real names', async () => {
    const data = await api.data<{
      associationUnits: { nodes: { nameAr: string; isDemo: boolean }[] };
      committees: { nodes: { nameAr: string; kind: string; program: { nameAr: string } }[] };
      associationEntities: { nodes: { nameAr: string; isDemo: boolean }[] };
      associationEvents: {
        nodes: {
          nameAr: string;
          kind: string;
          venue: string | null;
          timeNote: string | null;
          startCalendar: { hijriYear: number; hijriMonth: number; hijriDay: number; weekdayAr: string };
        }[];
      };
    }>(`{
      associationUnits { nodes { nameAr isDemo } }
      committees(filter: { isDemo: false }) { nodes { nameAr kind program { nameAr } } }
      associationEntities(filter: { kind: SPECIAL_PROJECT }) { nodes { nameAr isDemo } }
      associationEvents { nodes { nameAr kind venue timeNote startCalendar { hijriYear hijriMonth hijriDay weekdayAr } } }
    }`);
    expect(data.associationUnits.nodes.map((unit) => unit.nameAr).sort()).toEqual(
      ['جمعية مراكز الأحياء بمكة المكرمة', 'المجلس الفرعي', 'أمانة الجمعية', 'وحدة التطوع'].sort(),
    );
    expect(data.associationUnits.nodes.every((unit) => !unit.isDemo)).toBe(true);
    expect(data.committees.nodes.map((c) => [c.nameAr, c.kind, c.program.nameAr])).toEqual([
      ['لجنة الإشراف', 'SUPERVISION', 'تعاون'],
      ['لجنة التنفيذ', 'EXECUTION', 'تعاون'],
      ['لجنة المتابعة', 'FOLLOW_UP', 'تعاون'],
    ]);
    expect(data.associationEntities.nodes.map((e) => e.nameAr).sort()).toEqual(
      ['تعظيم البلد الحرام', 'مركز يسر النسائي', 'مركز تقني'].sort(),
    );
    const ceremony = data.associationEvents.nodes.find((event) => event.kind === 'CLOSING_CEREMONY')!;
    expect(ceremony).toMatchObject({ venue: 'الغرفة التجارية بمكة', timeNote: 'بعد صلاة المغرب' });
    expect(ceremony.startCalendar).toEqual({
      hijriYear: 1440,
      hijriMonth: 8,
      hijriDay: 5,
      weekdayAr: 'الأربعاء',
    });
    expect(data.associationEvents.nodes.map((event) => event.nameAr)).toContain(
      'الملتقى السنوي لمراكز الأحياء',
    );
    const { taawun, tam } = await programs();
    expect([taawun.nameAr, tam.nameAr]).toEqual(['تعاون', 'تم']);
  });

  it.each([
    ['جمعيه مراكز الاحياء', 'associationUnits'],
    ['الغرفه التجاريه', 'associationEvents'],
    ['يسر النسائى', 'associationEntities'],
  ])('finds %s by Arabic search', async (q, field) => {
    const found = await ids(`query ($q: String) { ${field}(filter: { q: $q }) { nodes { id } } }`, { q });
    expect(found.length).toBeGreaterThan(0);
  });

  it('answers the source’s figures from its records', async () => {
    const { taawun, tam } = await programs();
    expect(taawun.summary).toMatchObject({
      committeeMeetings: 23,
      proactiveVisits: 25,
      supervisedVisits: 19,
      visitGroups: 4,
    });
    expect(tam.summary.initiatives).toBeGreaterThan(20);
    expect(tam.summary.distinctVolunteers).toBeGreaterThan(300);
    const { associationEntities } = await api.data<{ associationEntities: { totalCount: number } }>(
      '{ associationEntities(first: 1) { totalCount } }',
    );
    expect(associationEntities.totalCount).toBeGreaterThan(100);
  });

  it('lists, filters and bulk-edits the entities, all or nothing', async () => {
    const forums = await ids(
      '{ associationEntities(first: 500, filter: { kind: NEIGHBORHOOD_FORUM }) { nodes { id } } }',
    );
    expect(forums.length).toBeGreaterThanOrEqual(20);
    const [center] = await ids(
      '{ associationEntities(first: 1, filter: { kind: NEIGHBORHOOD_CENTER }) { nodes { id } } }',
    );
    const moved = await api.data<{ updateAssociationEntities: { centerId: string; version: number }[] }>(
      'mutation ($ids: [ID!]!, $center: ID) { updateAssociationEntities(ids: $ids, input: { centerId: $center }) { centerId version } }',
      { ids: forums.slice(0, 3), center },
    );
    expect(moved.updateAssociationEntities.map((entity) => entity.centerId)).toEqual([
      center,
      center,
      center,
    ]);
    const refused = await errorOf(
      'mutation ($ids: [ID!]!, $center: ID) { updateAssociationEntities(ids: $ids, input: { active: false, centerId: $center }) { id } }',
      { ids: [forums[3], center], center },
    );
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', field: 'centerId' });
    const untouched = await api.data<{ associationEntity: { active: boolean } }>(
      'query ($id: ID!) { associationEntity(id: $id) { active } }',
      { id: forums[3] },
    );
    expect(untouched.associationEntity.active).toBe(true);
  });

  it('counts a visit when it is added and stops when it is removed', async () => {
    const committee = (await ids('{ committees(filter: { kind: SUPERVISION }) { nodes { id } } }'))[0];
    const [host] = await ids(
      '{ associationEntities(first: 1, offset: 40, filter: { kind: NEIGHBORHOOD_CENTER }) { nodes { id } } }',
    );
    const before = (await programs()).taawun.summary;
    const { createVisit } = await api.data<{ createVisit: Id }>(
      `mutation ($host: ID!, $committee: ID) {
        createVisit(input: { kind: PROACTIVE, hostEntityId: $host, committeeId: $committee, scheduledOn: "2019-03-03", status: COMPLETED }) { id }
      }`,
      { host, committee },
    );
    expect((await programs()).taawun.summary.proactiveVisits).toBe(before.proactiveVisits + 1);
    await api.data('mutation ($id: ID!) { deleteVisit(id: $id) { id } }', { id: createVisit.id });
    expect((await programs()).taawun.summary).toEqual(before);
  });

  it('restores a trashed visit only while its host is free that day', async () => {
    const committee = (await ids('{ committees(filter: { kind: SUPERVISION }) { nodes { id } } }'))[0];
    const [host] = await ids(
      '{ associationEntities(first: 1, offset: 41, filter: { kind: NEIGHBORHOOD_CENTER }) { nodes { id } } }',
    );
    const create = `mutation ($host: ID!, $committee: ID) {
      createVisit(input: { kind: PROACTIVE, hostEntityId: $host, committeeId: $committee, scheduledOn: "2019-03-10" }) { id }
    }`;
    const restore = 'mutation ($id: ID!) { restoreVisit(id: $id) { id deletedAt } }';
    const remove = 'mutation ($id: ID!) { deleteVisit(id: $id) { id } }';
    const first = (await api.data<{ createVisit: Id }>(create, { host, committee })).createVisit;
    await api.data(remove, { id: first.id });
    const second = (await api.data<{ createVisit: Id }>(create, { host, committee })).createVisit;

    expect(await errorOf(restore, { id: first.id })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'scheduledOn',
    });
    const trashed = await ids('{ visits(filter: { trashed: true }, first: 500) { nodes { id } } }');
    expect(trashed).toContain(first.id);

    await api.data(remove, { id: second.id });
    const restored = await api.data<{ restoreVisit: { id: string; deletedAt: string | null } }>(restore, {
      id: first.id,
    });
    expect(restored.restoreVisit).toEqual({ id: first.id, deletedAt: null });
  });

  it('counts an initiative and its volunteers when it is delivered and stops when it is removed', async () => {
    const before = (await programs()).tam;
    const [team] = await ids(
      '{ associationEntities(first: 1, filter: { kind: VOLUNTEER_TEAM }) { nodes { id } } }',
    );
    const { createPerson } = await api.data<{ createPerson: Id }>(
      'mutation { createPerson(input: { nameAr: "عبدالإله سالم اللحياني", gender: MALE }) { id } }',
    );
    const { createVolunteer } = await api.data<{ createVolunteer: Id }>(
      'mutation ($person: ID!) { createVolunteer(input: { personId: $person, skills: [FIRST_AID] }) { id } }',
      { person: createPerson.id },
    );
    const person = await api.data<{ person: { roles: string[] } }>(
      'query ($id: ID!) { person(id: $id) { roles } }',
      {
        id: createPerson.id,
      },
    );
    expect(person.person.roles).toContain('VOLUNTEER');
    const { createInitiative } = await api.data<{ createInitiative: Id }>(
      `mutation ($program: ID!, $team: ID!) {
        createInitiative(input: { programId: $program, teamId: $team, title: "سقيا زوار المسجد الحرام", service: PILGRIM_SERVICE,
          startDate: "2019-03-10", beneficiaries: 250, status: DELIVERED }) { id }
      }`,
      { program: before.id, team },
    );
    await api.data(
      'mutation ($initiative: ID!, $volunteer: ID!) { createInitiativeVolunteer(input: { initiativeId: $initiative, volunteerId: $volunteer, hours: 6 }) { id } }',
      { initiative: createInitiative.id, volunteer: createVolunteer.id },
    );
    expect((await programs()).tam.summary).toEqual({
      ...before.summary,
      initiatives: before.summary.initiatives + 1,
      distinctVolunteers: before.summary.distinctVolunteers + 1,
      volunteerHours: before.summary.volunteerHours + 6,
      beneficiaries: before.summary.beneficiaries + 250,
    });
    const certificate = await api.data<{ volunteer: { hours: number; certificate: { text: string } } }>(
      'query ($id: ID!) { volunteer(id: $id) { hours certificate(issuedOn: "2019-04-10") { text } } }',
      { id: createVolunteer.id },
    );
    expect(certificate.volunteer.hours).toBe(6);
    expect(certificate.volunteer.certificate.text).toContain('عبدالإله سالم اللحياني');
    expect(certificate.volunteer.certificate.text).toContain('٥ شعبان ١٤٤٠ هـ الموافق ١٠ أبريل ٢٠١٩ م');
    await api.data('mutation ($id: ID!) { deleteInitiative(id: $id) { id } }', { id: createInitiative.id });
    expect((await programs()).tam.summary).toEqual(before.summary);
  });

  it('generates an exchange-visit schedule for a group, then lets it be adjusted', async () => {
    const { taawun } = await programs();
    const free = await api.data<{ associationEntities: { nodes: { id: string; visitGroups: Id[] }[] } }>(
      '{ associationEntities(first: 500, filter: { kind: NEIGHBORHOOD_CENTER }) { nodes { id visitGroups { id } } } }',
    );
    const centers = free.associationEntities.nodes.filter((center) => !center.visitGroups.length).slice(0, 3);
    const { createVisitGroup: group } = await api.data<{ createVisitGroup: Id }>(
      'mutation ($program: ID!) { createVisitGroup(input: { programId: $program, nameAr: "مجموعة الاختبار" }) { id } }',
      { program: taawun.id },
    );
    for (const center of centers) {
      await api.data(
        'mutation ($group: ID!, $center: ID!) { createVisitGroupMember(input: { groupId: $group, entityId: $center }) { id } }',
        {
          group: group.id,
          center: center.id,
        },
      );
    }
    const committee = (await ids('{ committees(filter: { kind: SUPERVISION }) { nodes { id } } }'))[0];
    // the first center is already booked elsewhere on the first date
    await api.data(
      `mutation ($host: ID!, $committee: ID) {
        createVisit(input: { kind: PROACTIVE, hostEntityId: $host, committeeId: $committee, scheduledOn: "2019-05-05" }) { id }
      }`,
      { host: centers[0].id, committee },
    );
    const generate = `mutation ($group: ID!, $dates: [LocalDate!]!, $committee: ID) {
      generateVisitSchedule(groupId: $group, dates: $dates, committeeId: $committee) {
        id scheduledOn status supervised hostEntityId participants { entityId }
      }
    }`;
    const tooFew = await errorOf(generate, {
      group: group.id,
      dates: ['2019-05-05', '2019-05-12', '2019-05-19'],
      committee,
    });
    expect(tooFew).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dates' });
    const { generateVisitSchedule: visits } = await api.data<{
      generateVisitSchedule: {
        id: string;
        scheduledOn: string;
        status: string;
        supervised: boolean;
        hostEntityId: string;
        participants: { entityId: string }[];
      }[];
    }>(generate, {
      group: group.id,
      dates: ['2019-05-26', '2019-05-19', '2019-05-05', '2019-05-12'],
      committee,
    });
    expect(visits.map((visit) => [visit.scheduledOn, visit.hostEntityId])).toEqual([
      ['2019-05-12', centers[0].id],
      ['2019-05-19', centers[1].id],
      ['2019-05-26', centers[2].id],
    ]);
    for (const visit of visits) {
      expect(visit).toMatchObject({ status: 'SCHEDULED', supervised: true });
      expect(visit.participants.map((p) => p.entityId).sort()).toEqual(
        centers
          .map((c) => c.id)
          .filter((id) => id !== visit.hostEntityId)
          .sort(),
      );
    }
    expect(
      (await errorOf(generate, { group: group.id, dates: ['2019-06-02', '2019-06-09', '2019-06-16'] })).code,
    ).toBe('CONFLICT');
    const clash = await errorOf(
      'mutation ($id: ID!) { updateVisit(id: $id, input: { scheduledOn: "2019-05-12" }) { id } }',
      {
        id: visits[1].id,
      },
    );
    expect(clash).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scheduledOn' });
    const moved = await api.data<{ updateVisit: { scheduledOn: string } }>(
      'mutation ($id: ID!) { updateVisit(id: $id, input: { scheduledOn: "2019-05-20" }) { scheduledOn } }',
      { id: visits[1].id },
    );
    expect(moved.updateVisit.scheduledOn).toBe('2019-05-20');
  });

  it('builds an impact form, checks answers against the questions and aggregates them', async () => {
    const { taawun } = await programs();
    const [visit] = await ids(
      '{ visits(first: 1, filter: { supervised: true, status: COMPLETED }) { nodes { id } } }',
    );
    await api.data('mutation ($id: ID!) { updateVisit(id: $id, input: { impactFormId: null }) { id } }', {
      id: visit,
    });
    const { createImpactForm: form } = await api.data<{ createImpactForm: Id }>(
      'mutation { createImpactForm(input: { title: "أثر الزيارة على المركز", target: VISIT }) { id } }',
    );
    const question = async (input: string) =>
      (
        await api.data<{ createImpactQuestion: Id }>(
          `mutation { createImpactQuestion(input: { formId: ${form.id}, ${input} }) { id } }`,
        )
      ).createImpactQuestion.id;
    const rating = await question('kind: RATING, prompt: "مدى الاستفادة"');
    const yesNo = await question('kind: YES_NO, prompt: "هل ستطبق ما شاهدت؟"');
    const areas = await question(
      'kind: MULTIPLE_CHOICE, prompt: "مجالات التعاون", choices: ["أنشطة مشتركة", "تبادل المدربين"], required: false',
    );
    expect(
      (
        await errorOf(
          `mutation { createImpactQuestion(input: { formId: ${form.id}, kind: SINGLE_CHOICE, prompt: "اختيار", choices: ["واحد"] }) { id } }`,
        )
      ).field,
    ).toBe('choices');

    const respond = `mutation ($input: CreateFormResponseInput!) { createFormResponse(input: $input) { id } }`;
    const input = (answers: unknown[]) => ({
      input: { formId: form.id, visitId: visit, submittedOn: '2019-02-10', answers },
    });
    const invalid = await errorOf(
      respond,
      input([
        { questionId: rating, value: '9' },
        { questionId: areas, values: ['غير موجود'] },
      ]),
    );
    expect(invalid.code).toBe('BAD_USER_INPUT');
    expect(invalid.violations!.map((v) => v.field).sort()).toEqual(
      [`answers.${rating}`, `answers.${areas}`, `answers.${yesNo}`].sort(),
    );
    for (const [value, yes, picked] of [
      ['5', 'true', ['أنشطة مشتركة', 'تبادل المدربين']],
      ['4', 'true', ['تبادل المدربين']],
      ['3', 'false', []],
    ] as const) {
      await api.data(
        respond,
        input([
          { questionId: rating, value },
          { questionId: yesNo, value: yes },
          { questionId: areas, values: picked },
        ]),
      );
    }
    const { impactForm } = await api.data<{
      impactForm: {
        results: {
          responses: number;
          questions: {
            answered: number;
            average: number | null;
            distribution: { value: string; count: number }[];
          }[];
        };
      };
    }>(
      `query ($id: ID!, $program: ID) { impactForm(id: $id) { results(programId: $program) {
        responses questions { answered average distribution { value count } }
      } } }`,
      { id: form.id, program: taawun.id },
    );
    const [ratings, yesNos, picks] = impactForm.results.questions;
    expect(impactForm.results.responses).toBe(3);
    expect(ratings.average).toBe(4);
    expect(ratings.distribution.map((d) => d.count)).toEqual([0, 0, 1, 1, 1]);
    expect(yesNos.average).toBeCloseTo(2 / 3);
    expect(picks).toMatchObject({
      answered: 2,
      distribution: [
        { value: 'أنشطة مشتركة', count: 1 },
        { value: 'تبادل المدربين', count: 2 },
      ],
    });
    const { visit: measured } = await api.data<{ visit: { steps: { impactMeasured: boolean } } }>(
      'query ($id: ID!) { visit(id: $id) { steps { impactMeasured } } }',
      { id: visit },
    );
    expect(measured.steps.impactMeasured).toBe(true);
    const { associationProgram } = await api.data<{
      associationProgram: { impactResults: { form: Id; responses: number }[] };
    }>('query ($id: ID!) { associationProgram(id: $id) { impactResults { form { id } responses } } }', {
      id: taawun.id,
    });
    expect(associationProgram.impactResults).toContainEqual({ form: { id: form.id }, responses: 3 });
  });

  it('lets only the secretariat and administrators change the association’s records', async () => {
    const viewer = await api.signInAs('VIEWER');
    const { errors } = await api.gql(
      'mutation { createPartner(input: { nameAr: "جهة", sector: PRIVATE }) { id } }',
      {},
      viewer,
    );
    expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const secretariat = await api.signInAs('SECRETARIAT');
    const created = await api.gql(
      'mutation { createPartner(input: { nameAr: "جهة شريكة للاختبار", sector: PRIVATE }) { id } }',
      {},
      secretariat,
    );
    expect(created.errors).toBeUndefined();
    const removal = await api.gql('mutation { deleteDemoData { total } }', {}, secretariat);
    expect(removal.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses to remove demo data that real records still refer to, and removes nothing', async () => {
    expect((await errorOf('mutation { deleteDemoData { total } }')).code).toBe('CONFLICT');
    expect((await programs()).taawun.summary.visitGroups).toBe(5);
  });
});

describe.each(databaseKinds)('removing the demo data on %s', (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi(kind);
  });
  afterAll(() => api?.close());

  it('removes every demo record of both sides in one step and keeps the real names', async () => {
    const { deleteDemoData } = await api.data<{
      deleteDemoData: { total: number; removed: { type: string; count: number }[] };
    }>('mutation { deleteDemoData { total removed { type count } } }');
    const removed = new Map(deleteDemoData.removed.map((entry) => [entry.type, entry.count]));
    expect(removed.get('Visit')).toBe(44);
    expect(removed.get('CommitteeMeeting')).toBe(23);
    expect(removed.get('Volunteer')).toBeGreaterThan(300);
    expect(deleteDemoData.total).toBe([...removed.values()].reduce((sum, count) => sum + count, 0));
    const left = await api.data<{
      associationEntities: { totalCount: number };
      associationPrograms: {
        nodes: { summary: { supervisedVisits: number; visitGroups: number; initiatives: number } }[];
      };
      healthCenters: { totalCount: number };
      demoPeople: { totalCount: number };
      demo: { totalCount: number };
    }>(`{
      associationEntities(first: 1) { totalCount }
      associationPrograms { nodes { summary { supervisedVisits visitGroups initiatives } } }
      healthCenters(first: 1) { totalCount }
      demoPeople: people(first: 1, filter: { isDemo: true }) { totalCount }
      demo: associationEntities(first: 1, filter: { isDemo: true }) { totalCount }
    }`);
    expect(left.associationEntities.totalCount).toBe(3);
    expect(left.demo.totalCount).toBe(0);
    expect(left.associationPrograms.nodes.map((program) => program.summary)).toEqual([
      { supervisedVisits: 0, visitGroups: 0, initiatives: 0 },
      { supervisedVisits: 0, visitGroups: 0, initiatives: 0 },
    ]);
    expect(left.healthCenters.totalCount).toBe(24);
    expect(left.demoPeople.totalCount).toBe(0);
  });
});
