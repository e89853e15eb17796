import { Typography } from '@mui/material';
import { formatGregorian, formatHijri } from '@mujtama/shared/arabic';
import { type FieldProps, useFieldValue } from 'react-admin';
import { ISO_DATE, localDay } from './dates';
import { useDigits } from './digits';
import { useAppLocale } from './useAppLocale';

/** The calendar day of a `LocalDate`, or the local day of a timestamp. */
function calendarDay(value: string): string | null {
  if (ISO_DATE.test(value)) return value;
  const time = new Date(value);
  if (Number.isNaN(time.getTime())) return null;
  return localDay(time);
}

/** A date in the Umm al-Qura calendar, with the Gregorian date beside it. */
export function HijriDateField(props: FieldProps) {
  const value: unknown = useFieldValue(props);
  const locale = useAppLocale();
  const digits = useDigits();
  const day = typeof value === 'string' ? calendarDay(value) : null;
  if (!day) return null;
  return (
    <Typography component="span" variant="body2">
      {formatHijri(day, locale, digits)}
      <Typography component="span" variant="body2" color="text.secondary">
        {' '}
        ({formatGregorian(day, locale, digits)})
      </Typography>
    </Typography>
  );
}
