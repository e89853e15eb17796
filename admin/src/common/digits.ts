import type { DigitStyle } from '@mujtama/shared/arabic';
import type { Locale } from '@mujtama/shared/labels';
import { useMemo } from 'react';
import { useStore } from 'react-admin';
import { useAppLocale } from './useAppLocale';

/** The digits a reader of Arabic prefers: Arabic-Indic (٣) by default, or Latin (3). Kept in the store. */
export function useDigitPreference() {
  return useStore<DigitStyle>('digits', 'arab');
}

/** The digits to write numbers and dates with: the preference in Arabic, Latin digits in English. */
export function useDigits(): DigitStyle {
  const locale = useAppLocale();
  const [digits] = useDigitPreference();
  return locale === 'ar' ? digits : 'latn';
}

/** The `Intl` locale that writes numbers in the reader's language and digits. */
export function numberLocale(locale: Locale, digits: DigitStyle): string {
  return locale === 'ar' ? `ar-SA-u-nu-${digits}` : 'en';
}

export function useNumberLocale(): string {
  return numberLocale(useAppLocale(), useDigits());
}

/** Formats numbers as the reader reads them. */
export function useFormatNumber(): (value: number) => string {
  const locale = useNumberLocale();
  return useMemo(() => {
    const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    return (value: number) => format.format(value);
  }, [locale]);
}
