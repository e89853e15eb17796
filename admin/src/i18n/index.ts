import type { Locale } from '@mujtama/shared/labels';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { arabicMessages } from './ar';
import { englishMessages } from './en';
import { resourceMessages } from './resources';

const messages = {
  ar: { ...arabicMessages, resources: resourceMessages('ar') },
  en: { ...englishMessages, resources: resourceMessages('en') },
};

export const i18nProvider = polyglotI18nProvider(
  (locale) => (locale === 'en' ? messages.en : messages.ar),
  'ar',
  [
    { locale: 'ar', name: 'العربية' },
    { locale: 'en', name: 'English' },
  ],
  { allowMissing: true },
);

/** The reader's language as the shared labels know it. */
export const toLocale = (locale: string): Locale => (locale === 'en' ? 'en' : 'ar');
