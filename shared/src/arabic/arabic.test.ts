import { describe, expect, it } from 'vitest';
import { formatHijri, fromHijri, hijriMonthLength, toHijri } from './hijri';
import { normalizeArabic, searchKey } from './normalize';

describe('normalizeArabic', () => {
  it.each([
    ['الإسكان', 'اسكان'],
    ['الاسكان', 'اسكان'],
    ['النواريه', 'نواريه'],
    ['النوارية', 'نواريه'],
    ['كدي والهجرة', 'كدي وهجره'],
    ['كدى', 'كدي'],
    ['مُحَمَّد', 'محمد'],
    ['مـــكة', 'مكه'],
    ['آمنة أحمد إبراهيم', 'امنه احمد ابراهيم'],
    ['شرائع ٧', 'شرائع 7'],
    ['Al-Zahir', 'al-zahir'],
  ])('%s → %s', (text, normalized) => {
    expect(normalizeArabic(text)).toBe(normalized);
  });

  it('matches what people type inside stored names', () => {
    const stored = searchKey('مركز صحي كدي والهجرة', 'Kudai and Al-Hijrah');
    for (const typed of ['كدى', 'الهجره', 'كدي والهجرة', 'kudai']) {
      for (const word of normalizeArabic(typed).split(' ')) expect(stored).toContain(word);
    }
  });
});

describe('Umm al-Qura dates', () => {
  it('knows the closing ceremony of the annual forum: Wednesday 5/8/1440 AH is 10 April 2019', () => {
    expect(toHijri('2019-04-10')).toEqual({ year: 1440, month: 8, day: 5 });
    expect(fromHijri({ year: 1440, month: 8, day: 5 })).toBe('2019-04-10');
    expect(formatHijri('2019-04-10', 'ar', 'latn')).toBe('5 شعبان 1440 هـ');
    expect(formatHijri('2019-04-10', 'ar')).toBe('٥ شعبان ١٤٤٠ هـ');
    expect(formatHijri('2019-04-10', 'en')).toBe('5 Shaban 1440 AH');
  });

  it('round-trips every day of a Hijri year and knows month lengths', () => {
    let total = 0;
    for (let month = 1; month <= 12; month++) {
      const length = hijriMonthLength(1447, month);
      expect([29, 30]).toContain(length);
      total += length;
      for (let day = 1; day <= length; day++) {
        const iso = fromHijri({ year: 1447, month, day });
        expect(iso).not.toBeNull();
        expect(toHijri(iso!)).toEqual({ year: 1447, month, day });
      }
    }
    expect([354, 355]).toContain(total);
    expect(fromHijri({ year: 1447, month: 13, day: 1 })).toBeNull();
  });
});
