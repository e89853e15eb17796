import { toIsoDate } from '@mujtama/shared/arabic';

/** The calendar day (`YYYY-MM-DD`) a moment falls on where the reader is. */
export function localDay(moment: Date): string {
  return toIsoDate(new Date(Date.UTC(moment.getFullYear(), moment.getMonth(), moment.getDate())));
}

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
