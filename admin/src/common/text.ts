import type { Locale } from '@mujtama/shared/labels';

/** What separates the items of a list in running text. */
export const listSeparator = (locale: Locale) => (locale === 'ar' ? '، ' : ', ');
