import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';
import { prepareImport } from './importRows';
import { importSpecs } from './importSpecs';

const districts = {
  districtId: {
    records: [
      { id: '1', names: ['الزاهر', 'Al-Zahir'] },
      { id: '2', names: ['العدل', 'Al-Adl'] },
      { id: '3', names: ['العدل', 'Al-Adl (2)'] },
    ],
  },
};

describe('reading an import file', () => {
  it('maps Arabic or English headers and reads enums, booleans and references by name', () => {
    const text = toCsv([
      ['الاسم بالعربية', 'English name', 'الحي', 'نوع المنشأة', 'يعمل', 'ملاحظة'],
      ['مركز صحي الزاهر الجديد', 'New Zahir center', 'زاهر', 'مركز رعاية صحية أولية', 'نعم', 'x'],
      ['مركز صحي ثان', '', '1', 'SMOKING_CESSATION_CENTER', 'لا', ''],
    ]);
    const prepared = prepareImport(text, importSpecs.HEALTH_CENTER, districts);
    expect(prepared.columns.map((column) => column.field)).toEqual([
      'nameAr',
      'nameEn',
      'districtId',
      'kind',
      'active',
      null,
    ]);
    expect(prepared.problems).toEqual([]);
    expect(prepared.rows).toEqual([
      {
        nameAr: 'مركز صحي الزاهر الجديد',
        nameEn: 'New Zahir center',
        districtId: '1',
        kind: 'PRIMARY_CARE_CENTER',
        active: true,
      },
      { nameAr: 'مركز صحي ثان', districtId: '1', kind: 'SMOKING_CESSATION_CENTER', active: false },
    ]);
  });

  it('says what is wrong with each row, in both languages, before anything is sent', () => {
    const text = toCsv([
      ['nameAr', 'districtId', 'kind', 'active'],
      ['', 'الزاهر', 'مستشفى', 'ربما'],
      ['مركز صحي العدل', 'العدل', '', ''],
      ['مركز صحي مجهول', 'حي لا يوجد', '', ''],
    ]);
    const prepared = prepareImport(text, importSpecs.HEALTH_CENTER, districts);
    expect(prepared.badRows).toBe(3);
    const problems = prepared.problems.map(({ row, field }) => `${row}:${field}`);
    expect(problems).toEqual(['1:kind', '1:active', '1:nameAr', '2:districtId', '3:districtId']);
    const ambiguous = prepared.problems.find((problem) => problem.row === 2);
    expect(ambiguous?.message.ar).toContain('أكثر من سجل');
    expect(ambiguous?.message.en).toContain('write the id');
  });

  it('reads Hijri dates, Arabic-Indic digits and lists of roles', () => {
    const people = prepareImport(
      toCsv([
        ['الاسم بالعربية', 'الجنس', 'سنة الميلاد', 'الأدوار'],
        ['مريم', 'أنثى', '١٩٨٥', 'متطوع، فرد من المجتمع'],
      ]),
      importSpecs.PERSON,
      {},
    );
    expect(people.problems).toEqual([]);
    expect(people.rows[0]).toEqual({
      nameAr: 'مريم',
      gender: 'FEMALE',
      birthYear: 1985,
      roles: ['VOLUNTEER', 'COMMUNITY_MEMBER'],
    });

    const roster = prepareImport(
      toCsv([
        ['offeringId', 'personId', 'role', 'since'],
        ['7', '9', 'Coach', '1440/8/5'],
      ]),
      importSpecs.ROSTER_ENTRY,
      { offeringId: { records: [{ id: '7', names: [] }] }, personId: { records: [{ id: '9', names: [] }] } },
    );
    expect(roster.problems).toEqual([]);
    expect(roster.rows[0]).toEqual({ offeringId: '7', personId: '9', role: 'COACH', since: '2019-04-10' });
  });

  it('names required columns the file lacks and columns it will not read', () => {
    const prepared = prepareImport(
      toCsv([
        ['nameEn', 'fax'],
        ['A', '1'],
      ]),
      importSpecs.PERSON,
      {},
    );
    expect(prepared.missing).toEqual(['nameAr', 'gender']);
    expect(prepared.columns.find((column) => column.header === 'fax')?.field).toBeNull();
  });

  it('reads 10,000 rows in a blink', () => {
    const rows = Array.from({ length: 10_000 }, (_, index) => [
      `شخص ${index}`,
      index % 2 ? 'ذكر' : 'أنثى',
      '1990',
    ]);
    const started = performance.now();
    const prepared = prepareImport(
      toCsv([['الاسم بالعربية', 'الجنس', 'سنة الميلاد'], ...rows]),
      importSpecs.PERSON,
      {},
    );
    expect(prepared.rows).toHaveLength(10_000);
    expect(prepared.badRows).toBe(0);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
