import {
  type DigitStyle,
  fromHijri,
  HIJRI_MONTHS_AR,
  HIJRI_MONTHS_EN,
  hijriMonthLength,
  parseIsoDate,
  toHijri,
  toIsoDate,
  withDigits,
} from '@mujtama/shared/arabic';
import type { Locale } from '@mujtama/shared/labels';

/** The calendars a date is shown, entered and grouped in. */
export type CalendarKind = 'hijri' | 'gregorian';

export interface CalendarMonth {
  calendar: CalendarKind;
  year: number;
  month: number;
}

/** Years before this are Hijri when a date is typed: 1440 is Hijri, 2019 Gregorian. */
const FIRST_GREGORIAN_YEAR = 1700;

/** Arabic-Indic (٠–٩) and Persian (۰–۹) digits as Latin ones, so typed and imported numbers parse. */
export function toLatinDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) =>
    String((digit.charCodeAt(0) - 0x0660) % 0x90),
  );
}

function gregorianIso(year: number, month: number, day: number): string | null {
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  try {
    return toIsoDate(parseIsoDate(iso));
  } catch {
    return null;
  }
}

/**
 * The day (`YYYY-MM-DD`) a typed date names, in either calendar: `1440/8/5`, `5/8/1440 هـ` or
 * `٥-٨-١٤٤٠` are Umm al-Qura dates; `2019-04-10` or `10/4/2019` Gregorian ones. The year is the
 * four-digit part; day and month follow the order written. Null when it names no day (say, the 30th
 * of a 29-day Hijri month).
 */
export function parseTypedDate(text: string): string | null {
  const cleaned = toLatinDigits(text)
    .replace(/هـ|ه|AH|م|CE/gi, ' ')
    .trim();
  const parts = cleaned.split(/[\s/.\-\u060C,]+/).filter(Boolean);
  if (parts.length !== 3 || parts.some((part) => !/^\d{1,4}$/.test(part))) return null;
  const yearFirst = parts[0].length >= 3;
  if (!yearFirst && parts[2].length < 3) return null;
  const [year, month, day] = (yearFirst ? parts : [parts[2], parts[1], parts[0]]).map(Number);
  if (year < FIRST_GREGORIAN_YEAR) return fromHijri({ year, month, day });
  return gregorianIso(year, month, day);
}

/** `1440/08/05` or `2019/04/10`: a day written numerically in one calendar, year first. */
export function numericDate(iso: string, calendar: CalendarKind, digits: DigitStyle = 'latn'): string {
  const { year, month, day } = calendar === 'hijri' ? toHijri(iso) : gregorianParts(iso);
  return withDigits(`${year}/${String(month).padStart(2, '0')}/${String(day).padStart(2, '0')}`, digits);
}

function gregorianParts(iso: string) {
  const date = parseIsoDate(iso);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function monthOf(iso: string, calendar: CalendarKind): CalendarMonth {
  const { year, month } = calendar === 'hijri' ? toHijri(iso) : gregorianParts(iso);
  return { calendar, year, month };
}

export function shiftMonth({ calendar, year, month }: CalendarMonth, by: number): CalendarMonth {
  const index = year * 12 + (month - 1) + by;
  return { calendar, year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function compareMonths(a: CalendarMonth, b: CalendarMonth): number {
  return a.year - b.year || a.month - b.month;
}

/** A key that sorts months in order, for grouping. */
export function monthKey({ calendar, year, month }: CalendarMonth): string {
  return `${calendar === 'hijri' ? 'H' : 'G'}${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

export function firstDayOf({ calendar, year, month }: CalendarMonth): string {
  const first = calendar === 'hijri' ? fromHijri({ year, month, day: 1 }) : gregorianIso(year, month, 1);
  if (!first) throw new RangeError(`No month ${year}/${month}`);
  return first;
}

export function monthLength({ calendar, year, month }: CalendarMonth): number {
  if (calendar === 'hijri') return hijriMonthLength(year, month);
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const gregorianMonthNames: Record<Locale, string[]> = {
  ar: [
    'يناير',
    'فبراير',
    'مارس',
    'أبريل',
    'مايو',
    'يونيو',
    'يوليو',
    'أغسطس',
    'سبتمبر',
    'أكتوبر',
    'نوفمبر',
    'ديسمبر',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** "شعبان 1440 هـ", "Shaban 1440 AH", "أبريل 2019", digits as the reader prefers. */
export function monthName(
  { calendar, year, month }: CalendarMonth,
  locale: Locale,
  digits: DigitStyle,
  withYear = true,
): string {
  const names =
    calendar === 'hijri'
      ? locale === 'ar'
        ? HIJRI_MONTHS_AR
        : HIJRI_MONTHS_EN
      : gregorianMonthNames[locale];
  const name = names[month - 1];
  if (!withYear) return name;
  const era = calendar === 'hijri' ? (locale === 'ar' ? ' هـ' : ' AH') : '';
  return withDigits(`${name} ${year}${era}`, locale === 'ar' ? digits : 'latn');
}

/** The days of a month, and the weekday its first day falls on (0 for Sunday, as the Saudi week starts). */
export function monthDays(month: CalendarMonth): { days: string[]; firstWeekday: number } {
  const first = parseIsoDate(firstDayOf(month));
  const days = Array.from({ length: monthLength(month) }, (_, day) =>
    toIsoDate(new Date(first.getTime() + day * 86_400_000)),
  );
  return { days, firstWeekday: first.getUTCDay() };
}

/** The day of the month a date falls on, in one calendar. */
export function dayOfMonth(iso: string, calendar: CalendarKind): number {
  return calendar === 'hijri' ? toHijri(iso).day : parseIsoDate(iso).getUTCDate();
}

/** Every month from the first to the last, inclusive, so a chart shows the empty months too. */
export function monthsBetween(first: CalendarMonth, last: CalendarMonth): CalendarMonth[] {
  const months: CalendarMonth[] = [];
  for (let month = first; compareMonths(month, last) <= 0; month = shiftMonth(month, 1)) months.push(month);
  return months;
}
