import { formatHijri } from '@mujtama/shared/arabic';
import { DateInput, type DateInputProps, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { ISO_DATE } from './dates';
import { useAppLocale } from './useAppLocale';

/** A date picker that says which Umm al-Qura day the chosen date is. */
export function HijriDateInput(props: DateInputProps) {
  const value: unknown = useWatch({ name: props.source });
  const locale = useAppLocale();
  const translate = useTranslate();
  const chosen = typeof value === 'string' && ISO_DATE.test(value);
  const helperText = chosen
    ? translate('mujtama.hijri', { date: formatHijri(value, locale) })
    : props.helperText;
  return <DateInput {...props} helperText={helperText} />;
}
