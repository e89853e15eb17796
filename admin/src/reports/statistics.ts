import type { DigitStyle } from '@mujtama/shared/arabic';
import type {
  AccessRoute,
  AssociationEntityKind,
  EnrollmentStatus,
  HealthCenterKind,
  InitiativeStatus,
  InterestGroupTopic,
  OfferingStatus,
  ProgramKind,
  RosterRole,
  SessionMode,
  VisitKind,
  VisitStatus,
} from '@mujtama/shared/enums';
import type { Locale } from '@mujtama/shared/labels';
import {
  type CalendarKind,
  type CalendarMonth,
  compareMonths,
  monthKey,
  monthName,
  monthOf,
  monthsBetween,
} from '../calendar/dates';
import type { MonthColumn } from './charts/MonthlyColumns';

export const STATISTICS_QUERY = `query Statistics { statistics {
  healthCenters { kind active inactive }
  programOfferings { kind topic status count }
  rosterMembers { kind role count }
  coachingEnrollments { status accessRoute count }
  coachingSessions { day mode count }
  groupMeetings { day count }
  people
  associationEntities { kind active inactive }
  committeeMeetings { day count }
  visits { day kind status count }
  initiatives { status count beneficiaries }
  volunteers
} }`;

/** The figures of `statistics`; a figure is null when the role may not read its records. */
export interface Statistics {
  healthCenters: { kind: HealthCenterKind; active: number; inactive: number }[] | null;
  programOfferings:
    | { kind: ProgramKind; topic: InterestGroupTopic | null; status: OfferingStatus; count: number }[]
    | null;
  rosterMembers: { kind: ProgramKind; role: RosterRole; count: number }[] | null;
  coachingEnrollments: { status: EnrollmentStatus; accessRoute: AccessRoute; count: number }[] | null;
  coachingSessions: { day: string; mode: SessionMode; count: number }[] | null;
  groupMeetings: DayCount[] | null;
  people: number | null;
  associationEntities: { kind: AssociationEntityKind; active: number; inactive: number }[] | null;
  committeeMeetings: DayCount[] | null;
  visits: { day: string; kind: VisitKind; status: VisitStatus; count: number }[] | null;
  initiatives: { status: InitiativeStatus; count: number; beneficiaries: number }[] | null;
  volunteers: number | null;
}

export interface DayCount {
  day: string;
  count: number;
}

/** Sums `count` over rows, grouped by the key each row gives, as `{ key: { series: n } }`. */
export function tally<R extends { count: number }>(
  rows: readonly R[],
  rowKey: (row: R) => string,
  seriesKey: (row: R) => string,
): Map<string, Record<string, number>> {
  const totals = new Map<string, Record<string, number>>();
  for (const row of rows) {
    const values = totals.get(rowKey(row)) ?? {};
    const series = seriesKey(row);
    values[series] = (values[series] ?? 0) + row.count;
    totals.set(rowKey(row), values);
  }
  return totals;
}

/**
 * Daily counts as monthly columns in one calendar, every month from the first to the last present
 * (empty months included), stacked by the series each row names.
 */
export function byMonth<R extends { day: string; count: number }>(
  rows: readonly R[],
  calendar: CalendarKind,
  seriesKey: (row: R) => string,
  locale: Locale,
  digits: DigitStyle,
): MonthColumn[] {
  if (rows.length === 0) return [];
  const months = rows.map((row) => monthOf(row.day, calendar));
  const sorted = [...months].sort(compareMonths);
  const totals = tally(
    rows.map((row, index) => ({ ...row, month: monthKey(months[index]) })),
    (row) => row.month,
    seriesKey,
  );
  return monthsBetween(sorted[0], sorted[sorted.length - 1]).map((month: CalendarMonth, index) => ({
    key: monthKey(month),
    label: monthName(month, locale, digits),
    // The year is named where the axis starts and where a new year begins.
    short: monthName(month, locale, digits, index === 0 || month.month === 1),
    values: totals.get(monthKey(month)) ?? {},
  }));
}
