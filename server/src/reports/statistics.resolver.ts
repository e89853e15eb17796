import { accessOf } from '@mujtama/shared/access';
import { toIsoDate } from '@mujtama/shared/arabic';
import type { ResourceType } from '@mujtama/shared/resources';
import { Authorized, Ctx, FieldResolver, Int, Query, Resolver } from 'type-graphql';
import { sqlRows } from '../association/common/sql';
import type { Context } from '../common/context';
import { policyOf } from '../common/policies';
import type { RawCondition } from '../common/rows';
import { scopeCondition } from '../common/scope';
import {
  CenterKindCount,
  DayCount,
  EnrollmentCount,
  EntityKindCount,
  InitiativeCount,
  OfferingCount,
  RosterCount,
  SessionDayCount,
  Statistics,
  VisitDayCount,
} from './statistics.types';

interface Grouping {
  /** The record type counted: whose read access and row scope apply. */
  type: ResourceType;
  /** `<table> e`, with any joins. */
  from: string;
  /** Output name → SQL expression, grouped by. */
  columns: Record<string, string>;
  /** Output name → aggregate expression. */
  aggregates?: Record<string, string>;
  where?: RawCondition[];
}

/** PostgreSQL returns counts as text and may return days as dates; the API answers numbers and `YYYY-MM-DD`. */
function plain(value: unknown): unknown {
  if (value instanceof Date) return toIsoDate(value);
  if (typeof value === 'bigint' || (typeof value === 'string' && /^\d+$/.test(value))) return Number(value);
  return value;
}

/**
 * Grouped counts of the records of one type the user may read (in use, within their row scope),
 * or null when their role may not read that type at all.
 */
async function grouped<T>(ctx: Context, grouping: Grouping): Promise<T[] | null> {
  const user = ctx.user;
  if (!user || !accessOf(grouping.type).read.includes(user.role)) return null;
  const conditions: RawCondition[] = [['e.deleted_at is null', []], ...(grouping.where ?? [])];
  const scope = scopeCondition(policyOf(grouping.type)?.scope, user, false);
  if (scope) conditions.push(scope);
  const columns = Object.entries(grouping.columns);
  const aggregates = Object.entries({ count: 'count(*)', ...grouping.aggregates });
  const select = [...columns, ...aggregates].map(([name, sql]) => `${sql} as "${name}"`).join(', ');
  const groupBy = columns.length ? ` group by ${columns.map(([, sql]) => sql).join(', ')}` : '';
  const rows = await sqlRows<Record<string, unknown>>(
    ctx.em,
    `select ${select} from ${grouping.from} where ${conditions.map(([sql]) => `(${sql})`).join(' and ')}${groupBy}`,
    conditions.flatMap(([, params]) => params),
  );
  return rows.map(
    (row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, plain(value)])) as T,
  );
}

async function total(ctx: Context, type: ResourceType, from: string): Promise<number | null> {
  const rows = await grouped<{ count: number }>(ctx, { type, from, columns: {} });
  return rows ? (rows[0]?.count ?? 0) : null;
}

const activeSplit = {
  active: 'sum(case when e.active then 1 else 0 end)',
  inactive: 'sum(case when e.active then 0 else 1 end)',
};

@Resolver(() => Statistics)
export class StatisticsResolver {
  @Authorized()
  @Query(() => Statistics, {
    description:
      'The figures of the health programs and of the neighborhood centers association at a glance, for dashboards and reports.',
  })
  statistics(): Statistics {
    return new Statistics();
  }

  @FieldResolver(() => [CenterKindCount], { nullable: true, description: 'Health centers by kind.' })
  healthCenters(@Ctx() ctx: Context) {
    return grouped<CenterKindCount>(ctx, {
      type: 'HealthCenter',
      from: 'health_center e',
      columns: { kind: 'e.kind' },
      aggregates: activeSplit,
    });
  }

  @FieldResolver(() => [OfferingCount], {
    nullable: true,
    description: 'Program offerings by program, interest-group topic and status.',
  })
  programOfferings(@Ctx() ctx: Context) {
    return grouped<OfferingCount>(ctx, {
      type: 'ProgramOffering',
      from: 'program_offering e',
      columns: { kind: 'e.kind', topic: 'e.topic', status: 'e.status' },
    });
  }

  @FieldResolver(() => [RosterCount], {
    nullable: true,
    description: 'Current roster members by program and role: the size of the programs’ rosters.',
  })
  rosterMembers(@Ctx() ctx: Context) {
    return grouped<RosterCount>(ctx, {
      type: 'RosterEntry',
      from: 'roster_entry e join program_offering o on o.id = e.offering_id and o.deleted_at is null',
      columns: { kind: 'o.kind', role: 'e.role' },
      where: [['e.until is null or e.until >= ?', [toIsoDate(new Date())]]],
    });
  }

  @FieldResolver(() => [EnrollmentCount], {
    nullable: true,
    description: 'Health-coach enrollments by status and access route.',
  })
  coachingEnrollments(@Ctx() ctx: Context) {
    return grouped<EnrollmentCount>(ctx, {
      type: 'CoachingEnrollment',
      from: 'coaching_enrollment e',
      columns: { status: 'e.status', accessRoute: 'e.access_route' },
    });
  }

  @FieldResolver(() => [SessionDayCount], {
    nullable: true,
    description: 'Coaching sessions per day, in the clinic and remote.',
  })
  coachingSessions(@Ctx() ctx: Context) {
    return grouped<SessionDayCount>(ctx, {
      type: 'CoachingSession',
      from: 'coaching_session e',
      columns: { day: 'e.held_on', mode: 'e.mode' },
    });
  }

  @FieldResolver(() => [DayCount], { nullable: true, description: 'Interest-group meetings per day.' })
  groupMeetings(@Ctx() ctx: Context) {
    return grouped<DayCount>(ctx, {
      type: 'GroupMeeting',
      from: 'group_meeting e',
      columns: { day: 'e.held_on' },
    });
  }

  @FieldResolver(() => Int, { nullable: true, description: 'People on record.' })
  people(@Ctx() ctx: Context) {
    return total(ctx, 'Person', 'person e');
  }

  @FieldResolver(() => [EntityKindCount], {
    nullable: true,
    description: 'Association entities by kind.',
  })
  associationEntities(@Ctx() ctx: Context) {
    return grouped<EntityKindCount>(ctx, {
      type: 'AssociationEntity',
      from: 'association_entity e',
      columns: { kind: 'e.kind' },
      aggregates: activeSplit,
    });
  }

  @FieldResolver(() => [DayCount], { nullable: true, description: 'Committee meetings per day.' })
  committeeMeetings(@Ctx() ctx: Context) {
    return grouped<DayCount>(ctx, {
      type: 'CommitteeMeeting',
      from: 'committee_meeting e',
      columns: { day: 'e.held_on' },
    });
  }

  @FieldResolver(() => [VisitDayCount], {
    nullable: true,
    description: 'Visits per scheduled day, by kind and status.',
  })
  visits(@Ctx() ctx: Context) {
    return grouped<VisitDayCount>(ctx, {
      type: 'Visit',
      from: 'visit e',
      columns: { day: 'e.scheduled_on', kind: 'e.kind', status: 'e.status' },
    });
  }

  @FieldResolver(() => [InitiativeCount], {
    nullable: true,
    description: 'Volunteer initiatives by status, with the beneficiaries they reached.',
  })
  initiatives(@Ctx() ctx: Context) {
    return grouped<InitiativeCount>(ctx, {
      type: 'Initiative',
      from: 'initiative e',
      columns: { status: 'e.status' },
      aggregates: { beneficiaries: 'coalesce(sum(e.beneficiaries), 0)' },
    });
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Volunteers on record.' })
  volunteers(@Ctx() ctx: Context) {
    return total(ctx, 'Volunteer', 'volunteer e');
  }
}
