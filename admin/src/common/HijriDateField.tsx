import { Typography } from '@mui/material';
import { formatGregorian, formatHijri, toIsoDate } from '@mujtama/shared/arabic';
import { type FieldProps, useFieldValue } from 'react-admin';
import { useAppLocale } from './useAppLocale';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The calendar day of a `LocalDate`, or the local day of a timestamp. */
function calendarDay(value: string): string | null {
  if (ISO_DATE.test(value)) return value;
  const time = new Date(value);
  if (Number.isNaN(time.getTime())) return null;
  return toIsoDate(new Date(Date.UTC(time.getFullYear(), time.getMonth(), time.getDate())));
}

/** A date in the Umm al-Qura calendar, with the Gregorian date beside it. */
export function HijriDateField(props: FieldProps) {
  const value: unknown = useFieldValue(props);
  const locale = useAppLocale();
  const day = typeof value === 'string' ? calendarDay(value) : null;
  if (!day) return null;
  return (
    <Typography component="span" variant="body2">
      {formatHijri(day, locale)}
      <Typography component="span" variant="body2" color="text.secondary">
        {' '}
        ({formatGregorian(day, locale)})
      </Typography>
    </Typography>
  );
}
