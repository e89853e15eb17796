import { formatHijri } from '@mujtama/shared/arabic';
import { DateInput, type DateInputProps, useFormValues, useTranslate } from 'react-admin';
import { useAppLocale } from './useAppLocale';

/** A date picker that says which Umm al-Qura day the chosen date is. */
export function HijriDateInput(props: DateInputProps) {
  const value: unknown = useFormValues()[props.source];
  const locale = useAppLocale();
  const translate = useTranslate();
  const chosen = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  const helperText = chosen
    ? translate('mujtama.hijri', { date: formatHijri(value, locale) })
    : props.helperText;
  return <DateInput {...props} helperText={helperText} />;
}
