import type { EntityManager } from '@mikro-orm/knex';
import { searchKey } from '@mujtama/shared/arabic';
import { EnrollmentStatus, enrollmentTransitions, SessionMode } from '@mujtama/shared/enums';
import { healthResources } from '@mujtama/shared/resources';
import {
  coachingEnrollmentRules,
  coachingSessionRules,
  lifestyleAssessmentRules,
} from '@mujtama/shared/validation';
import { FieldResolver, Float, Resolver } from 'type-graphql';
import { MAX_PAGE_SIZE } from '../../common/connection';
import { crudResolver } from '../../common/crud.resolver';
import { invalidField } from '../../common/errors';
import { Parent } from '../../common/parent.decorator';
import { type RecordPolicy, requireRow, type WriteEvent } from '../../common/records';
import { belongsTo, hasMany } from '../../common/relations';
import { healthScopes } from '../health.scopes';
import { requireOfferingOfKind } from '../offering/offering.checks';
import { ProgramOffering } from '../offering/offering.entity';
import { Person } from '../person/person.entity';
import { CoachingEnrollment, CoachingSession, LifestyleAssessment } from './coaching.entity';
import {
  CoachingEnrollmentFilter,
  CoachingSessionFilter,
  CreateCoachingEnrollmentInput,
  CreateCoachingSessionInput,
  CreateLifestyleAssessmentInput,
  LifestyleAssessmentFilter,
  UpdateCoachingEnrollmentInput,
  UpdateCoachingSessionInput,
  UpdateLifestyleAssessmentInput,
} from './coaching.inputs';

/**
 * A health-coach clinic only; a referral names its family physician and a direct booking has none;
 * the enrollment day stays before its sessions and assessments; an update moves the status only
 * along `enrollmentTransitions`.
 */
async function checkEnrollment({ em, changes, merged, existing }: WriteEvent<CoachingEnrollment>) {
  if ('offeringId' in changes) await requireOfferingOfKind(em, merged.offeringId!, 'HEALTH_COACH');
  if (merged.accessRoute === 'FAMILY_PHYSICIAN_REFERRAL' && !merged.referringPhysicianId) {
    throw invalidField(
      'referringPhysicianId',
      'A referral needs the referring family physician',
      'التحويل من طبيب الأسرة يحتاج إلى الطبيب المحوِّل',
    );
  }
  if (merged.accessRoute === 'DIRECT_BOOKING' && merged.referringPhysicianId) {
    throw invalidField(
      'referringPhysicianId',
      'A direct booking has no referring physician',
      'الحجز المباشر لا يكون معه طبيب محوِّل',
    );
  }
  if (existing && changes.enrolledOn && changes.enrolledOn > existing.enrolledOn) {
    const id = existing.id;
    const day = { $lt: changes.enrolledOn };
    const earlier =
      (await em.count(CoachingSession, { enrollmentId: id, heldOn: day })) +
      (await em.count(LifestyleAssessment, { enrollmentId: id, assessedOn: day }));
    if (earlier > 0) {
      throw invalidField(
        'enrolledOn',
        'Sessions or assessments of the enrollment are dated before this day',
        'للتسجيل جلسات أو تقييمات قبل هذا التاريخ',
      );
    }
  }
  const from = existing?.status;
  const to = changes.status;
  if (from && to && to !== from && !enrollmentTransitions[from].includes(to)) {
    throw invalidField(
      'status',
      `Cannot move from ${EnrollmentStatus.labels[from].en} to ${EnrollmentStatus.labels[to].en}`,
      `لا يمكن نقل الحالة من «${EnrollmentStatus.labels[from].ar}» إلى «${EnrollmentStatus.labels[to].ar}»`,
    );
  }
}

/** Assessments and sessions of an enrollment cannot predate it. */
async function checkNotBeforeEnrollment(em: EntityManager, enrollmentId: number, day: string, field: string) {
  const { enrolledOn } = await requireRow(em, CoachingEnrollment, enrollmentId);
  if (day < enrolledOn) {
    throw invalidField(
      field,
      `Cannot be before the enrollment day ${enrolledOn}`,
      `لا يسبق تاريخ التسجيل في البرنامج ${enrolledOn}`,
    );
  }
}

export const coachingEnrollmentPolicy: RecordPolicy<CoachingEnrollment> = {
  entity: CoachingEnrollment,
  scope: healthScopes.coachingEnrollment,
  rules: coachingEnrollmentRules,
  searchKey: (enrollment) => searchKey(enrollment.goals),
  searchesHealthDetail: true,
  revealing: ['personId'],
  beforeWrite: checkEnrollment,
};

export const lifestyleAssessmentPolicy: RecordPolicy<LifestyleAssessment> = {
  entity: LifestyleAssessment,
  scope: healthScopes.lifestyleAssessment,
  auditReads: true,
  rules: lifestyleAssessmentRules,
  searchKey: (assessment) => searchKey(assessment.healthNeeds, assessment.notes),
  searchesHealthDetail: true,
  beforeWrite: async ({ em, changes, merged }) => {
    if ('enrollmentId' in changes || 'assessedOn' in changes) {
      await checkNotBeforeEnrollment(em, merged.enrollmentId!, merged.assessedOn!, 'assessedOn');
    }
  },
};

export const coachingSessionPolicy: RecordPolicy<CoachingSession> = {
  entity: CoachingSession,
  scope: healthScopes.coachingSession,
  auditReads: true,
  rules: coachingSessionRules,
  searchKey: (session) => searchKey(session.mode && SessionMode.labels[session.mode].ar, session.notes),
  searchesHealthDetail: true,
  beforeWrite: async ({ em, changes, merged }) => {
    if ('enrollmentId' in changes || 'heldOn' in changes) {
      await checkNotBeforeEnrollment(em, merged.enrollmentId!, merged.heldOn!, 'heldOn');
    }
  },
};

@Resolver(() => CoachingEnrollment)
export class CoachingEnrollmentResolver extends crudResolver({
  ...coachingEnrollmentPolicy,
  resource: healthResources.CoachingEnrollment,
  createInput: CreateCoachingEnrollmentInput,
  updateInput: UpdateCoachingEnrollmentInput,
  filter: CoachingEnrollmentFilter,
  sortable: ['id', 'status', 'accessRoute', 'enrolledOn', 'endedOn', 'createdAt', 'updatedAt'],
  defaultOrder: { enrolledOn: 'desc' },
  relations: {
    person: belongsTo(Person, 'personId', 'The person being coached.'),
    offering: belongsTo(ProgramOffering, 'offeringId', 'The health-coach clinic.'),
    coach: belongsTo(Person, 'coachId', 'The health coach who follows the person.', { nullable: true }),
    referringPhysician: belongsTo(
      Person,
      'referringPhysicianId',
      'The family physician who referred the person.',
      { nullable: true },
    ),
    assessments: hasMany(LifestyleAssessment, 'enrollmentId', 'The lifestyle assessments, oldest first.'),
    sessions: hasMany(
      CoachingSession,
      'enrollmentId',
      'The follow-up sessions, oldest first; with `last`, only the most recent ones, newest first.',
      {
        latest: {
          by: 'heldOn',
          description: `Only this many of the most recent sessions (by day held), newest first; at most ${MAX_PAGE_SIZE}.`,
        },
      },
    ),
  },
}) {}

@Resolver(() => LifestyleAssessment)
export class LifestyleAssessmentResolver extends crudResolver({
  ...lifestyleAssessmentPolicy,
  resource: healthResources.LifestyleAssessment,
  createInput: CreateLifestyleAssessmentInput,
  updateInput: UpdateLifestyleAssessmentInput,
  filter: LifestyleAssessmentFilter,
  sortable: ['id', 'assessedOn', 'weightKg', 'hba1cPercent', 'stressLevel', 'createdAt', 'updatedAt'],
  defaultOrder: { assessedOn: 'desc' },
  relations: {
    enrollment: belongsTo(CoachingEnrollment, 'enrollmentId', 'The coaching enrollment assessed.'),
  },
}) {
  @FieldResolver(() => Float, {
    nullable: true,
    description:
      'Body-mass index (kg/m², one decimal), from weight and height; null unless both are recorded.',
  })
  bmi(@Parent() assessment: LifestyleAssessment): number | null {
    const { weightKg, heightCm } = assessment;
    if (!weightKg || !heightCm) return null;
    return Math.round((weightKg / (heightCm / 100) ** 2) * 10) / 10;
  }
}

@Resolver(() => CoachingSession)
export class CoachingSessionResolver extends crudResolver({
  ...coachingSessionPolicy,
  resource: healthResources.CoachingSession,
  createInput: CreateCoachingSessionInput,
  updateInput: UpdateCoachingSessionInput,
  filter: CoachingSessionFilter,
  sortable: ['id', 'heldOn', 'mode', 'progress', 'durationMinutes', 'createdAt', 'updatedAt'],
  defaultOrder: { heldOn: 'desc' },
  relations: {
    enrollment: belongsTo(CoachingEnrollment, 'enrollmentId', 'The coaching enrollment followed up.'),
  },
}) {}
