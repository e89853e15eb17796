import type { EntityManager } from '@mikro-orm/knex';
import { normalizeArabic, parseIsoDate, toIsoDate } from '@mujtama/shared/arabic';
import type { CommitteeKind, Gender, PersonRole, VolunteerSkill } from '@mujtama/shared/enums';
import { VolunteerSkill as Skills } from '@mujtama/shared/enums';
import { activityPolicy } from '../association/activity/activity.resolver';
import { associationEntityPolicy } from '../association/association-entity/association-entity.resolver';
import { committeePolicy } from '../association/committee/committee.resolver';
import type { CommitteeMeeting } from '../association/committee/committee-meeting.entity';
import { committeeMeetingPolicy } from '../association/committee/committee-meeting.resolver';
import { committeeMeetingAttendeePolicy } from '../association/committee/committee-meeting-attendee.resolver';
import { committeeMemberPolicy } from '../association/committee/committee-member.resolver';
import { eventExhibitorPolicy } from '../association/event/event-exhibitor.resolver';
import type { StoredAnswer } from '../association/impact/answers';
import type { FormResponse } from '../association/impact/form-response.entity';
import { formResponsePolicy } from '../association/impact/form-response.resolver';
import { impactFormPolicy } from '../association/impact/impact-form.resolver';
import { impactQuestionPolicy } from '../association/impact/impact-question.resolver';
import { programParticipantPolicy } from '../association/program/program-participant.resolver';
import { visitPolicy } from '../association/visits/visit.resolver';
import { visitGroupPolicy } from '../association/visits/visit-group.resolver';
import { visitGroupMemberPolicy } from '../association/visits/visit-group-member.resolver';
import { visitParticipantPolicy } from '../association/visits/visit-participant.resolver';
import { initiativePolicy } from '../association/volunteering/initiative.resolver';
import { initiativePartnerPolicy } from '../association/volunteering/initiative-partner.resolver';
import { initiativeVolunteerPolicy } from '../association/volunteering/initiative-volunteer.resolver';
import { partnerPolicy } from '../association/volunteering/partner.resolver';
import { volunteerPolicy } from '../association/volunteering/volunteer.resolver';
import { volunteerTeamMemberPolicy } from '../association/volunteering/volunteer-team-member.resolver';
import { selectRows } from '../common/rows';
import { District } from '../health/district/district.entity';
import { districtPolicy } from '../health/district/district.resolver';
import { personPolicy } from '../health/person/person.resolver';
import { trainingAttendancePolicy, trainingEventPolicy } from '../health/training/training.resolver';
import type { AssociationSeed } from './association.seeder';
import {
  activityTemplates,
  demoCenterDistricts,
  demoPartners,
  discussionNotes,
  familyNames,
  femaleFirstNames,
  initiativeImpactForm,
  initiativeTemplates,
  maleFirstNames,
  meetingTopics,
  visitImpactForm,
  volunteerTrainings,
} from './association-demo.data';
import { type DemoInput, DemoRows } from './demo-rows';

/*
 * Demo records that reach the source's counts: 105 entities beside the three special projects,
 * 4 groups of centers, 23 committee meetings, 25 proactive and 19 supervised visits, 22 delivered
 * initiatives by 308 volunteers (of 320). Every row is `isDemo`, so `deleteDemoData` leaves the real
 * names alone. Rows go in many to a statement (`DemoRows`).
 */

const FORUMS = 20;
const TEAMS = 25;
/** Centers per visit group: 19 centers, so 19 exchange visits when each hosts once. */
const GROUP_SIZES = [5, 5, 5, 4];
const GROUP_NAMES = ['المجموعة الأولى', 'المجموعة الثانية', 'المجموعة الثالثة', 'المجموعة الرابعة'];
const MEETINGS: Record<CommitteeKind, number> = { SUPERVISION: 9, EXECUTION: 8, FOLLOW_UP: 6 };
const PROACTIVE_VISITS: Record<CommitteeKind, number> = { SUPERVISION: 10, EXECUTION: 8, FOLLOW_UP: 7 };
const STAFF_PER_COMMITTEE = 5;
/** Members of the teams that delivered an initiative, and of the three teams still planning theirs. */
const ACTIVE_TEAM_SIZE = 14;
const NEW_TEAM_SIZE = 4;
const DELIVERED_INITIATIVES = 22;

const DAY_MS = 86_400_000;
const addDays = (iso: string, days: number) =>
  toIsoDate(new Date(parseIsoDate(iso).getTime() + days * DAY_MS));

/** mulberry32: the same demo data on every fresh database. */
function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export async function seedAssociationDemo(em: EntityManager, real: AssociationSeed): Promise<void> {
  const demo = new DemoRows(em);
  const random = seededRandom(1440);
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];

  // Districts: the health side's where the names agree, new (demo) ones otherwise.
  const districtIds = new Map(
    (await selectRows(em, District, {})).map((district) => [normalizeArabic(district.nameAr), district.id]),
  );
  const newDistricts = demoCenterDistricts.filter(
    (district) => !districtIds.has(normalizeArabic(district.ar)),
  );
  const newDistrictIds = await demo.addAll(
    districtPolicy,
    newDistricts.map((district) => ({ nameAr: district.ar, nameEn: district.en })),
  );
  for (const [i, district] of newDistricts.entries())
    districtIds.set(normalizeArabic(district.ar), newDistrictIds[i]);
  const districtOf = (nameAr: string) => districtIds.get(normalizeArabic(nameAr))!;

  // People: center managers, committee members, volunteering-unit supervisors, volunteers.
  let personCount = 0;
  const person = (gender: Gender, roles: PersonRole[]) => {
    const n = personCount++;
    const first = gender === 'MALE' ? maleFirstNames : femaleFirstNames;
    const father = maleFirstNames[(n * 7 + 3) % maleFirstNames.length];
    const nameAr = `${first[n % first.length]} ${father} ${familyNames[(n * 11 + Math.floor(n / 30)) % familyNames.length]}`;
    return {
      nameAr,
      nameEn: null,
      gender,
      phone: null,
      email: null,
      birthYear: between(1965, 2002),
      roles,
      notes: null,
    };
  };
  const centerCount = demoCenterDistricts.length;
  const managerRows = demoCenterDistricts.map(() => person('MALE', ['CENTER_MANAGER']));
  const staffRows = Array.from({ length: 4 * STAFF_PER_COMMITTEE + 3 }, () =>
    person('MALE', ['ASSOCIATION_STAFF']),
  );
  const volunteerCount = (TEAMS - 3) * ACTIVE_TEAM_SIZE + 3 * NEW_TEAM_SIZE;
  const volunteerRows = Array.from({ length: volunteerCount }, (_, i) =>
    person(i % 3 === 2 ? 'FEMALE' : 'MALE', ['VOLUNTEER']),
  );
  const personIds = await demo.addAll(personPolicy, [...managerRows, ...staffRows, ...volunteerRows]);
  const managerIds = personIds.slice(0, centerCount);
  const staffIds = personIds.slice(centerCount, centerCount + staffRows.length);
  const volunteerPersonIds = personIds.slice(centerCount + staffRows.length);

  // Entities: a center per district, forums and volunteer teams belonging to the first centers.
  const entity = (
    nameAr: string,
    nameEn: string,
    kind: string,
    districtId: number,
    centerId: number | null,
    managerId: number | null,
  ) => ({
    nameAr,
    nameEn,
    kind,
    districtId,
    centerId,
    managerId,
    phone: null,
    email: null,
    address: null,
    description: null,
    active: true,
  });
  const centerIds = await demo.addAll(
    associationEntityPolicy,
    demoCenterDistricts.map((district, i) =>
      entity(
        `مركز حي ${district.ar}`,
        `${district.en} Neighborhood Center`,
        'NEIGHBORHOOD_CENTER',
        districtOf(district.ar),
        null,
        managerIds[i],
      ),
    ),
  );
  const affiliate = (
    count: number,
    offset: number,
    name: (ar: string) => string,
    nameEn: (en: string) => string,
    kind: string,
  ) =>
    Array.from({ length: count }, (_, i) => {
      const at = (i + offset) % centerCount;
      const district = demoCenterDistricts[at];
      return entity(
        name(district.ar),
        nameEn(district.en),
        kind,
        districtOf(district.ar),
        centerIds[at],
        null,
      );
    });
  const forumIds = await demo.addAll(
    associationEntityPolicy,
    affiliate(
      FORUMS,
      0,
      (ar) => `منتدى حي ${ar}`,
      (en) => `${en} Neighborhood Forum`,
      'NEIGHBORHOOD_FORUM',
    ),
  );
  const teamIds = await demo.addAll(
    associationEntityPolicy,
    affiliate(
      TEAMS,
      5,
      (ar) => `فريق حي ${ar} التطوعي`,
      (en) => `${en} Volunteer Team`,
      'VOLUNTEER_TEAM',
    ),
  );
  const teamName = (i: number) => `فريق حي ${demoCenterDistricts[(i + 5) % centerCount].ar} التطوعي`;

  // Programs: «تعاون» for the centers and forums, «تم» for the volunteer teams.
  await demo.addAll(programParticipantPolicy, [
    ...[...centerIds, ...forumIds].map((entityId) => ({
      programId: real.cooperationProgramId,
      entityId,
      joinedOn: '2018-09-16',
      notes: null,
    })),
    ...teamIds.map((entityId) => ({
      programId: real.volunteeringProgramId,
      entityId,
      joinedOn: '2018-09-16',
      notes: null,
    })),
  ]);

  // Committees: members of the three of «تعاون», and a follow-up committee of «تم».
  const [tamCommitteeId] = await demo.addAll(committeePolicy, [
    {
      programId: real.volunteeringProgramId,
      kind: 'FOLLOW_UP',
      nameAr: 'لجنة متابعة المبادرات',
      mandate: 'متابعة تنفيذ خطة العمل التنفيذية للمبادرات.',
    },
  ]);
  const committees: Array<[number, number[]]> = [
    ...(['SUPERVISION', 'EXECUTION', 'FOLLOW_UP'] as const).map((kind, c): [number, number[]] => [
      real.committeeIds[kind],
      staffIds.slice(c * STAFF_PER_COMMITTEE, (c + 1) * STAFF_PER_COMMITTEE),
    ]),
    [tamCommitteeId, staffIds.slice(3 * STAFF_PER_COMMITTEE, 4 * STAFF_PER_COMMITTEE)],
  ];
  await demo.addAll(
    committeeMemberPolicy,
    committees.flatMap(([committeeId, members]) =>
      members.map((personId, i) => ({
        committeeId,
        personId,
        role: i === 0 ? 'CHAIR' : i === 1 ? 'SECRETARY' : 'MEMBER',
        since: '2018-09-02',
        until: null,
      })),
    ),
  );

  // 23 meetings of the three committees of «تعاون», every member attending.
  const meetingRows: DemoInput<CommitteeMeeting>[] = [];
  const meetingMembers: number[][] = [];
  (['SUPERVISION', 'EXECUTION', 'FOLLOW_UP'] as const).forEach((kind, c) => {
    for (let m = 0; m < MEETINGS[kind]; m++) {
      const topic = meetingTopics[(m + c) % meetingTopics.length];
      meetingRows.push({
        committeeId: real.committeeIds[kind],
        heldOn: addDays('2018-09-09', m * 21 + c * 3),
        location: 'مقر أمانة الجمعية',
        agenda: topic.agenda,
        minutes: `عقدت ${['لجنة الإشراف', 'لجنة التنفيذ', 'لجنة المتابعة'][c]} اجتماعها لمناقشة: ${topic.agenda}.`,
        decisions: topic.decisions,
      });
      meetingMembers.push(committees[c][1]);
    }
  });
  const meetingIds = await demo.addAll(committeeMeetingPolicy, meetingRows);
  await demo.addAll(
    committeeMeetingAttendeePolicy,
    meetingIds.flatMap((meetingId, m) =>
      meetingMembers[m].map((personId) => ({ meetingId, personId, notes: null })),
    ),
  );

  // Impact forms with their questions.
  const [visitFormId, initiativeFormId] = await demo.addAll(impactFormPolicy, [
    {
      title: visitImpactForm.title,
      target: visitImpactForm.target,
      programId: real.cooperationProgramId,
      description: null,
    },
    {
      title: initiativeImpactForm.title,
      target: initiativeImpactForm.target,
      programId: real.volunteeringProgramId,
      description: null,
    },
  ]);
  const questionRows = (
    formId: number,
    questions: typeof visitImpactForm.questions | typeof initiativeImpactForm.questions,
  ) =>
    questions.map((question, i) => ({
      formId,
      position: i + 1,
      kind: question.kind,
      prompt: question.prompt,
      choices: [...question.choices],
      required: question.required,
    }));
  const visitQuestions = questionRows(visitFormId, visitImpactForm.questions);
  const initiativeQuestions = questionRows(initiativeFormId, initiativeImpactForm.questions);
  const questionIds = await demo.addAll(impactQuestionPolicy, [...visitQuestions, ...initiativeQuestions]);
  const visitQuestionIds = questionIds.slice(0, visitQuestions.length);
  const initiativeQuestionIds = questionIds.slice(visitQuestions.length);

  // Activities: three at each grouped center (the first hosts its exchange visit), one elsewhere.
  const groupedCount = GROUP_SIZES.reduce((sum, size) => sum + size, 0);
  const groupOf: number[] = GROUP_SIZES.flatMap((size, g) => Array<number>(size).fill(g));
  const turnOf: number[] = GROUP_SIZES.flatMap((size) => Array.from({ length: size }, (_, turn) => turn));
  /** Group g exchanges on its own weekday, one visit a fortnight from late Rabi al-Awwal 1440. */
  const exchangeDate = (center: number) => addDays('2018-11-25', turnOf[center] * 14 + groupOf[center]);
  const activityRows = [];
  for (let c = 0; c < centerCount; c++) {
    const dates =
      c < groupedCount
        ? [exchangeDate(c), addDays(exchangeDate(c), -40), addDays(exchangeDate(c), 30)]
        : [addDays('2018-10-07', c)];
    for (const heldOn of dates) {
      const template = pick(activityTemplates);
      activityRows.push({
        entityId: centerIds[c],
        title: template.title,
        heldOn,
        category: template.category,
        participants: between(15, 180),
        description: null,
      });
    }
  }
  const activityIds = await demo.addAll(activityPolicy, activityRows);

  // Visit groups of the first 19 centers.
  const groupIds = await demo.addAll(
    visitGroupPolicy,
    GROUP_SIZES.map((_, g) => ({
      programId: real.cooperationProgramId,
      nameAr: GROUP_NAMES[g],
      notes: null,
    })),
  );
  await demo.addAll(
    visitGroupMemberPolicy,
    Array.from({ length: groupedCount }, (_, c) => ({
      groupId: groupIds[groupOf[c]],
      entityId: centerIds[c],
      position: turnOf[c] + 1,
    })),
  );

  // 25 proactive visits before the exchanges, then 19 supervised exchange visits with their four steps.
  const visit = (fields: Record<string, unknown>) => ({
    groupId: null,
    hostActivityId: null,
    reportViewed: false,
    reportNotes: null,
    discussionNotes: null,
    impactFormId: null,
    notes: null,
    status: 'COMPLETED',
    ...fields,
  });
  const proactiveRows = (['SUPERVISION', 'EXECUTION', 'FOLLOW_UP'] as const).flatMap((kind, c) =>
    Array.from({ length: PROACTIVE_VISITS[kind] }, (_, v) => {
      const n = c * 10 + v;
      return visit({
        programId: real.cooperationProgramId,
        kind: 'PROACTIVE',
        hostEntityId: centerIds[(n * 7) % centerCount],
        committeeId: real.committeeIds[kind],
        scheduledOn: addDays('2018-09-23', n * 2),
        notes: 'زيارة استباقية للتعرف على احتياجات المركز قبل الزيارات التبادلية.',
      });
    }),
  );
  const exchangeRows = Array.from({ length: groupedCount }, (_, c) =>
    visit({
      programId: real.cooperationProgramId,
      kind: 'EXCHANGE',
      hostEntityId: centerIds[c],
      groupId: groupIds[groupOf[c]],
      committeeId: real.committeeIds.SUPERVISION,
      scheduledOn: exchangeDate(c),
      hostActivityId: activityIds[c * 3],
      reportViewed: true,
      reportNotes: 'عرض المركز تقريرًا مصورًا عن أبرز أنشطته خلال العام.',
      discussionNotes: pick(discussionNotes),
      impactFormId: visitFormId,
    }),
  );
  const visitIds = await demo.addAll(visitPolicy, [...proactiveRows, ...exchangeRows]);
  const exchangeIds = visitIds.slice(proactiveRows.length);
  const groupStart = (g: number) => GROUP_SIZES.slice(0, g).reduce((sum, size) => sum + size, 0);
  const groupCenters = (g: number) => Array.from({ length: GROUP_SIZES[g] }, (_, i) => groupStart(g) + i);
  await demo.addAll(
    visitParticipantPolicy,
    exchangeIds.flatMap((visitId, c) =>
      groupCenters(groupOf[c])
        .filter((other) => other !== c)
        .map((other) => ({ visitId, entityId: centerIds[other], notes: null })),
    ),
  );

  // Impact of each supervised visit, as the visiting center managers answered the form.
  const visitAnswers = (): StoredAnswer[] => {
    const [rating, yesNo, single, multiple, number] = visitQuestionIds;
    const choices = visitImpactForm.questions[3].choices;
    return [
      { questionId: rating, value: String(between(3, 5)), values: [] },
      { questionId: yesNo, value: String(random() < 0.85), values: [] },
      { questionId: single, value: pick(visitImpactForm.questions[2].choices), values: [] },
      { questionId: multiple, value: null, values: choices.filter(() => random() < 0.5) },
      { questionId: number, value: String(between(1, 6)), values: [] },
    ].filter((answer) => answer.value !== null || answer.values.length);
  };
  const responseRows: DemoInput<FormResponse>[] = exchangeIds.flatMap((visitId, c) =>
    groupCenters(groupOf[c])
      .filter((other) => other !== c)
      .map((other) => ({
        formId: visitFormId,
        visitId,
        initiativeId: null,
        respondentName: managerRows[other].nameAr,
        submittedOn: exchangeDate(c),
        answers: visitAnswers(),
      })),
  );

  // Volunteers on their teams: 22 teams of 14 that delivered an initiative, 3 new teams of 4.
  const allSkills = Skills.keys;
  const volunteerIds = await demo.addAll(
    volunteerPolicy,
    volunteerPersonIds.map((personId) => ({
      personId,
      joinedOn: addDays('2018-06-01', between(0, 90)),
      skills: allSkills.filter(() => random() < 0.25) as VolunteerSkill[],
      skillsNote: null,
      notes: null,
    })),
  );
  const teamMembers: number[][] = [];
  let next = 0;
  for (let t = 0; t < TEAMS; t++) {
    const size = t < TEAMS - 3 ? ACTIVE_TEAM_SIZE : NEW_TEAM_SIZE;
    teamMembers.push(volunteerIds.slice(next, next + size));
    next += size;
  }
  await demo.addAll(
    volunteerTeamMemberPolicy,
    teamMembers.flatMap((members, t) =>
      members.map((volunteerId, i) => ({
        volunteerId,
        teamId: teamIds[t],
        role: i === 0 ? 'LEADER' : 'MEMBER',
        since: '2018-09-16',
        until: null,
      })),
    ),
  );

  // Workshops and training programs for the volunteer teams, before the initiatives.
  const trainingIds = await demo.addAll(
    trainingEventPolicy,
    volunteerTrainings.map((training, i) => ({
      title: training.title,
      kind: training.kind,
      audience: 'VOLUNTEER_TEAMS',
      organizer: 'ASSOCIATION',
      startDate: addDays('2018-10-02', i * 9),
      endDate: training.kind === 'TRAINING_PROGRAM' ? addDays('2018-10-02', i * 9 + 2) : null,
      location: 'مقر أمانة الجمعية',
      hours: training.hours,
      description: null,
    })),
  );
  await demo.addAll(
    trainingAttendancePolicy,
    trainingIds.flatMap((eventId, i) =>
      teamMembers
        .flatMap((members) => members.slice(0, i === 2 ? 1 : 2))
        .map((volunteerId) => ({
          eventId,
          personId: volunteerPersonIds[volunteerIds.indexOf(volunteerId)],
          status: random() < 0.9 ? 'COMPLETED' : 'ABSENT',
          notes: null,
        })),
    ),
  );

  // Initiatives: one delivered by each of the first 22 teams, two still planned; partners and impact.
  const partnerIds = await demo.addAll(
    partnerPolicy,
    demoPartners.map((partner) => ({
      ...partner,
      nameEn: null,
      contactName: null,
      phone: null,
      email: null,
      notes: null,
    })),
  );
  const supervisors = staffIds.slice(4 * STAFF_PER_COMMITTEE);
  const initiativeRows = Array.from({ length: DELIVERED_INITIATIVES + 2 }, (_, i) => {
    const template = initiativeTemplates[i % initiativeTemplates.length];
    const startDate = addDays('2018-11-11', i * 5);
    const delivered = i < DELIVERED_INITIATIVES;
    return {
      programId: real.volunteeringProgramId,
      teamId: teamIds[i],
      title: `${template.title} — ${teamName(i)}`,
      service: template.service,
      description: null,
      startDate: delivered ? startDate : addDays('2019-05-05', i),
      endDate: delivered ? addDays(startDate, between(1, 10)) : null,
      beneficiaries: delivered ? between(60, 600) : null,
      supervisingUnitId: real.volunteeringUnitId,
      supervisorId: supervisors[i % supervisors.length],
      status: delivered ? 'DELIVERED' : 'PLANNED',
      impactFormId: initiativeFormId,
    };
  });
  const initiativeIds = await demo.addAll(initiativePolicy, initiativeRows);
  const deliveredIds = initiativeIds.slice(0, DELIVERED_INITIATIVES);
  await demo.addAll(
    initiativeVolunteerPolicy,
    deliveredIds.flatMap((initiativeId, i) =>
      teamMembers[i].map((volunteerId) => ({
        initiativeId,
        volunteerId,
        hours: between(2, 12) * 2,
        notes: null,
      })),
    ),
  );
  await demo.addAll(
    initiativePartnerPolicy,
    deliveredIds.flatMap((initiativeId, i) =>
      [partnerIds[i % partnerIds.length], partnerIds[(i * 3 + 1) % partnerIds.length]]
        .filter((partnerId, j, both) => both.indexOf(partnerId) === j)
        .map((partnerId) => ({ initiativeId, partnerId, contribution: null })),
    ),
  );
  const [satisfaction, goals, reached, hours] = initiativeQuestionIds;
  for (const [i, initiativeId] of deliveredIds.entries()) {
    for (let r = 0; r < 3; r++) {
      responseRows.push({
        formId: initiativeFormId,
        visitId: null,
        initiativeId,
        respondentName: null,
        submittedOn: initiativeRows[i].endDate as string,
        answers: [
          { questionId: satisfaction, value: String(between(3, 5)), values: [] },
          { questionId: goals, value: String(between(2, 5)), values: [] },
          { questionId: reached, value: String(random() < 0.9), values: [] },
          { questionId: hours, value: String(between(4, 30)), values: [] },
        ],
      });
    }
  }
  await demo.addAll(formResponsePolicy, responseRows);

  // The entities' stands at the exhibition of the annual forum.
  await demo.addAll(
    eventExhibitorPolicy,
    [...centerIds.slice(0, groupedCount), ...forumIds.slice(0, 5), ...teamIds.slice(0, 6)].map(
      (entityId) => ({
        eventId: real.exhibitionId,
        entityId,
        notes: null,
      }),
    ),
  );
  await demo.write();
}
