import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from './csv';

describe('CSV files', () => {
  it('start with a byte-order mark, end lines with CRLF and keep Arabic as it is', () => {
    const text = toCsv([
      ['الاسم', 'الحي'],
      ['مركز صحي الشرائع 7', 'الشرائع'],
    ]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toBe('\uFEFFالاسم,الحي\r\nمركز صحي الشرائع 7,الشرائع\r\n');
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('quote what would break a field, and read it back the same', () => {
    const rows = [
      ['a', 'b', 'c', 'd'],
      ['قال "مرحبًا"', 'سطر\nثانٍ', 'فاصلة, هنا', ' مسافة'],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });

  it('read files saved with semicolons or tabs, LF line ends and blank lines', () => {
    expect(parseCsv('الاسم;الجنس\nأحمد;ذكر\n\nمريم;أنثى\n')).toEqual([
      ['الاسم', 'الجنس'],
      ['أحمد', 'ذكر'],
      ['مريم', 'أنثى'],
    ]);
    expect(parseCsv('a\tb\r\n1\t2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('parse 10,000 rows quickly', () => {
    const rows = [['nameAr', 'gender'], ...Array.from({ length: 10_000 }, (_, i) => [`شخص ${i}`, 'ذكر'])];
    const text = toCsv(rows);
    const started = performance.now();
    expect(parseCsv(text)).toHaveLength(10_001);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
