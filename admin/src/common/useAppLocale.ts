import type { Locale } from '@mujtama/shared/labels';
import { useLocaleState } from 'react-admin';
import { toLocale } from '../i18n';

/** The reader's language, as the shared labels and date helpers take it. */
export function useAppLocale(): Locale {
  const [locale] = useLocaleState();
  return toLocale(locale);
}
