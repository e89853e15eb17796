import { ISO_DATE } from '../common/dates';

/** Local midnight of a `YYYY-MM-DD` day, `days` later. */
function startOfDay(day: string, days = 0): Date {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year, month - 1, date + days);
}

const isDay = (value: unknown): value is string => typeof value === 'string' && ISO_DATE.test(value);

/**
 * The audit log's filter with its dates, chosen as calendar days where the reader is, as the moments
 * the API compares with: from the start of the first day up to the end of the last.
 */
export function auditFilter(filter: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const { from, to, ...rest } = filter;
  return {
    ...rest,
    ...(isDay(from) ? { from: startOfDay(from).toISOString() } : {}),
    ...(isDay(to) ? { to: startOfDay(to, 1).toISOString() } : {}),
  };
}
