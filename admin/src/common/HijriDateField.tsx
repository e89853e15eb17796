import { Typography } from '@mui/material';
import { formatGregorian, formatHijri } from '@mujtama/shared/arabic';
import { type FieldProps, useFieldValue } from 'react-admin';
import { ISO_DATE, localDay } from './dates';
import { useDigits, useNumberLocale } from './digits';
import { useAppLocale } from './useAppLocale';

/** The calendar day of a `LocalDate`, or the local day of a timestamp. */
function calendarDay(value: string): string | null {
  if (ISO_DATE.test(value)) return value;
  const time = new Date(value);
  if (Number.isNaN(time.getTime())) return null;
  return localDay(time);
}

interface HijriDateFieldProps extends FieldProps {
  /** For a timestamp, the local time of day after the date. */
  withTime?: boolean;
}

/** A date in the Umm al-Qura calendar, with the Gregorian date beside it. */
export function HijriDateField({ withTime, ...props }: HijriDateFieldProps) {
  const value: unknown = useFieldValue(props);
  const locale = useAppLocale();
  const digits = useDigits();
  const numberLocale = useNumberLocale();
  const day = typeof value === 'string' ? calendarDay(value) : null;
  if (!day) return null;
  const time =
    withTime && typeof value === 'string' && !ISO_DATE.test(value)
      ? new Date(value).toLocaleTimeString(numberLocale, { hour: 'numeric', minute: '2-digit' })
      : null;
  return (
    <Typography component="span" variant="body2">
      {formatHijri(day, locale, digits)}
      {time ? ` ${time}` : null}
      <Typography component="span" variant="body2" color="text.secondary">
        {' '}
        ({formatGregorian(day, locale, digits)})
      </Typography>
    </Typography>
  );
}
