import { formatHijri } from '@mujtama/shared/arabic';
import type { Locale } from '@mujtama/shared/labels';
import type { RaRecord } from 'react-admin';
import { i18nProvider, toLocale } from '../i18n';

/** The name in the reader's language when the record has one, else the Arabic name. */
export function localName(record: RaRecord, locale: Locale): string {
  const english: unknown = record.nameEn;
  const arabic: unknown = record.nameAr;
  if (locale === 'en' && typeof english === 'string' && english) return english;
  return typeof arabic === 'string' ? arabic : '';
}

const currentLocale = () => toLocale(i18nProvider.getLocale());

/** `recordRepresentation` for records with an Arabic and an English name. */
export const byLocalName = (record: RaRecord) => localName(record, currentLocale());

/** `recordRepresentation` naming a record by one of its text fields. */
export const byField = (field: string) => (record: RaRecord) => String(record[field] ?? '');

/** `recordRepresentation` naming a record by one of its dates, in the Hijri calendar. */
export const byDate = (field: string) => (record: RaRecord) => {
  const value: unknown = record[field];
  return typeof value === 'string' ? formatHijri(value, currentLocale()) : '';
};
