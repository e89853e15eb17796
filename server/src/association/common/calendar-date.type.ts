import { formatGregorian, formatHijri, parseIsoDate, toHijri } from '@mujtama/shared/arabic';
import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../common/local-date.scalar';

const weekdayAr = new Intl.DateTimeFormat('ar-SA-u-ca-gregory', { timeZone: 'UTC', weekday: 'long' });
const weekdayEn = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'long' });

@ObjectType({ description: 'A day in the Umm al-Qura (Hijri) and Gregorian calendars, ready to print.' })
export class CalendarDate {
  @Field(() => LocalDate, { description: 'The Gregorian day, as stored.' })
  date!: string;

  @Field(() => Int, { description: 'Hijri year (Umm al-Qura).' })
  hijriYear!: number;

  @Field(() => Int, { description: 'Hijri month, 1–12.' })
  hijriMonth!: number;

  @Field(() => Int, { description: 'Day of the Hijri month.' })
  hijriDay!: number;

  @Field(() => String, { description: 'Hijri date in Arabic, e.g. «٥ شعبان ١٤٤٠ هـ».' })
  hijriAr!: string;

  @Field(() => String, { description: 'Hijri date in English, e.g. "5 Shaban 1440 AH".' })
  hijriEn!: string;

  @Field(() => String, { description: 'Gregorian date in Arabic, e.g. «١٠ أبريل ٢٠١٩».' })
  gregorianAr!: string;

  @Field(() => String, { description: 'Gregorian date in English, e.g. "10 April 2019".' })
  gregorianEn!: string;

  @Field(() => String, { description: 'Day of the week in Arabic, e.g. «الأربعاء».' })
  weekdayAr!: string;

  @Field(() => String, { description: 'Day of the week in English.' })
  weekdayEn!: string;
}

export function calendarDate(iso: string): CalendarDate {
  const hijri = toHijri(iso);
  const day = parseIsoDate(iso);
  return {
    date: iso,
    hijriYear: hijri.year,
    hijriMonth: hijri.month,
    hijriDay: hijri.day,
    hijriAr: formatHijri(iso, 'ar'),
    hijriEn: formatHijri(iso, 'en'),
    gregorianAr: formatGregorian(iso, 'ar'),
    gregorianEn: formatGregorian(iso, 'en'),
    weekdayAr: weekdayAr.format(day),
    weekdayEn: weekdayEn.format(day),
  };
}
