import { Typography } from '@mui/material';
import { parseIsoDate } from '@mujtama/shared/arabic';
import { type FieldProps, useFieldValue } from 'react-admin';
import { ISO_DATE } from '../common/dates';
import { HijriDateField } from '../common/HijriDateField';
import { useAppLocale } from '../common/useAppLocale';

/** An event's day as announced: the weekday, then the date in both calendars. */
export function EventDayField(props: FieldProps) {
  const value: unknown = useFieldValue(props);
  const locale = useAppLocale();
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return null;
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
    parseIsoDate(value),
  );
  return (
    <Typography component="span" variant="body2">
      {weekday} <HijriDateField {...props} />
    </Typography>
  );
}
