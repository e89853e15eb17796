import { fromHijri, hijriMonthLength } from '@mujtama/shared/arabic';
import { describe, expect, it } from 'vitest';
import { monthDays, monthName, monthsBetween, numericDate, parseTypedDate, shiftMonth } from './dates';

describe('typed dates', () => {
  it('read the closing ceremony of the annual forum in either calendar and either script', () => {
    // 5 Shaban 1440 AH is 10 April 2019 in the Umm al-Qura calendar.
    for (const typed of [
      '1440/8/5',
      '1440-08-05',
      '5/8/1440 هـ',
      '٥/٨/١٤٤٠',
      '١٤٤٠/٠٨/٠٥ هـ',
      '2019-04-10',
      '10/4/2019',
      '2019/4/10',
    ]) {
      expect(parseTypedDate(typed), typed).toBe('2019-04-10');
    }
  });

  it('refuse days a month does not have, in the Hijri calendar as in the Gregorian', () => {
    const short =
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].find((month) => hijriMonthLength(1445, month) === 29) ?? 0;
    expect(short).toBeGreaterThan(0);
    expect(parseTypedDate(`1445/${short}/29`)).toBe(fromHijri({ year: 1445, month: short, day: 29 }));
    expect(parseTypedDate(`1445/${short}/30`)).toBeNull();
    expect(parseTypedDate('2019-02-29')).toBeNull();
    expect(parseTypedDate('1440/13/1')).toBeNull();
    expect(parseTypedDate('tomorrow')).toBeNull();
    expect(parseTypedDate('10/4/19')).toBeNull();
  });

  it('write a day numerically in either calendar', () => {
    expect(numericDate('2019-04-10', 'hijri')).toBe('1440/08/05');
    expect(numericDate('2019-04-10', 'gregorian')).toBe('2019/04/10');
    expect(numericDate('2019-04-10', 'hijri', 'arab')).toBe('١٤٤٠/٠٨/٠٥');
  });
});

describe('calendar months', () => {
  it('give a Hijri month the days the Umm al-Qura calendar gives it, from the right weekday', () => {
    const shaban = { calendar: 'hijri', year: 1440, month: 8 } as const;
    const { days, firstWeekday } = monthDays(shaban);
    expect(days).toHaveLength(hijriMonthLength(1440, 8));
    expect(days[4]).toBe('2019-04-10');
    expect(firstWeekday).toBe(new Date(`${days[0]}T00:00:00Z`).getUTCDay());
    expect(monthDays({ calendar: 'gregorian', year: 2024, month: 2 }).days).toHaveLength(29);
  });

  it('are named in both languages and counted across years', () => {
    const shaban = { calendar: 'hijri', year: 1440, month: 8 } as const;
    expect(monthName(shaban, 'ar', 'arab')).toBe('شعبان ١٤٤٠ هـ');
    expect(monthName(shaban, 'ar', 'latn')).toBe('شعبان 1440 هـ');
    expect(monthName(shaban, 'en', 'arab')).toBe('Shaban 1440 AH');
    expect(monthName({ calendar: 'gregorian', year: 2019, month: 4 }, 'ar', 'latn')).toBe('أبريل 2019');
    expect(shiftMonth({ calendar: 'hijri', year: 1440, month: 12 }, 1)).toEqual({
      calendar: 'hijri',
      year: 1441,
      month: 1,
    });
    expect(monthsBetween(shaban, { calendar: 'hijri', year: 1441, month: 1 })).toHaveLength(6);
  });
});
