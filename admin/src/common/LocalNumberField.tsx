import { NumberField, type NumberFieldProps } from 'react-admin';
import { useAppLocale } from './useAppLocale';

/** Number formats by language: Arabic-Indic digits in Arabic, as the dates have them. */
export const NUMBER_LOCALES = { ar: 'ar-SA', en: 'en' } as const;

/** A number written in the reader's language rather than the browser's. */
export function LocalNumberField(props: NumberFieldProps) {
  return <NumberField locales={NUMBER_LOCALES[useAppLocale()]} {...props} />;
}
