/** A date in the Umm al-Qura calendar, the official Hijri calendar of Saudi Arabia. */
export interface HijriDate {
  year: number;
  month: number;
  day: number;
}

const CALENDAR = 'islamic-umalqura';
const numericParts = new Intl.DateTimeFormat(`en-u-ca-${CALENDAR}-nu-latn`, {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

/** Arabic names of the Hijri months, as printed on Saudi documents. */
export const HIJRI_MONTHS_AR = [
  'محرم',
  'صفر',
  'ربيع الأول',
  'ربيع الآخر',
  'جمادى الأولى',
  'جمادى الآخرة',
  'رجب',
  'شعبان',
  'رمضان',
  'شوال',
  'ذو القعدة',
  'ذو الحجة',
] as const;

export const HIJRI_MONTHS_EN = [
  'Muharram',
  'Safar',
  'Rabi al-Awwal',
  'Rabi al-Akhir',
  'Jumada al-Ula',
  'Jumada al-Akhirah',
  'Rajab',
  'Shaban',
  'Ramadan',
  'Shawwal',
  'Dhu al-Qadah',
  'Dhu al-Hijjah',
] as const;

const DAY_MS = 86_400_000;

/** Parses `YYYY-MM-DD` as a calendar day at UTC midnight. */
export function parseIsoDate(iso: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`Not an ISO date: ${iso}`);
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (date.toISOString().slice(0, 10) !== iso) throw new RangeError(`No such day: ${iso}`);
  return date;
}

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The Umm al-Qura date of a Gregorian day (`YYYY-MM-DD`). */
export function toHijri(iso: string): HijriDate {
  const parts = numericParts.formatToParts(parseIsoDate(iso));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}

function compareHijri(a: HijriDate, b: HijriDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/**
 * The Gregorian day (`YYYY-MM-DD`) of an Umm al-Qura date, or `null` when the month has no such day.
 * Found by stepping through the calendar the runtime's ICU knows, so it agrees with `toHijri` exactly.
 */
export function fromHijri(hijri: HijriDate): string | null {
  if (hijri.month < 1 || hijri.month > 12 || hijri.day < 1 || hijri.day > 30) return null;
  // 1 Muharram 1 AH ≈ 622-07-16; a Hijri year is ≈ 354.37 days. Estimate, then walk to the day.
  const estimate =
    Date.UTC(622, 6, 16) + ((hijri.year - 1) * 354.367 + (hijri.month - 1) * 29.53 + hijri.day - 1) * DAY_MS;
  let day = new Date(Math.round(estimate / DAY_MS) * DAY_MS);
  for (let step = 0; step < 60; step++) {
    const order = compareHijri(toHijri(toIsoDate(day)), hijri);
    if (order === 0) return toIsoDate(day);
    const next = new Date(day.getTime() + (order < 0 ? DAY_MS : -DAY_MS));
    const nextOrder = compareHijri(toHijri(toIsoDate(next)), hijri);
    if (nextOrder === 0) return toIsoDate(next);
    if (Math.sign(nextOrder) !== Math.sign(order)) return null; // stepped over it: the month is shorter
    day = next;
  }
  return null;
}

/** Days in an Umm al-Qura month (29 or 30). */
export function hijriMonthLength(year: number, month: number): number {
  return fromHijri({ year, month, day: 30 }) ? 30 : 29;
}

export type DigitStyle = 'arab' | 'latn';

/** "5 شعبان 1440 هـ" or "5 Shaban 1440 AH", digits as the reader prefers. */
export function formatHijri(iso: string, locale: 'ar' | 'en', digits: DigitStyle = 'arab'): string {
  const { year, month, day } = toHijri(iso);
  if (locale === 'en') return `${day} ${HIJRI_MONTHS_EN[month - 1]} ${year} AH`;
  return withDigits(`${day} ${HIJRI_MONTHS_AR[month - 1]} ${year} هـ`, digits);
}

/** "10 أبريل 2019" or "10 April 2019". */
export function formatGregorian(iso: string, locale: 'ar' | 'en', digits: DigitStyle = 'arab'): string {
  const format = new Intl.DateTimeFormat(locale === 'ar' ? `ar-SA-u-ca-gregory-nu-${digits}` : 'en-GB', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  return format.format(parseIsoDate(iso));
}

/** Writes Latin digits as Arabic-Indic ones when the reader prefers them. */
export function withDigits(text: string, digits: DigitStyle): string {
  return digits === 'arab' ? text.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d))) : text;
}
