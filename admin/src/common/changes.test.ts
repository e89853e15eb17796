import { describe, expect, it } from 'vitest';
import { asSnapshot, changedFields, editConflicts, sameValue } from './changes';

const before = {
  id: 4,
  version: 2,
  updatedAt: '2026-03-01T08:00:00.000Z',
  nameAr: 'حي الزاهر',
  nameEn: null,
  districtId: 3,
  roles: ['VOLUNTEER'],
  active: true,
};

describe('changedFields', () => {
  it('lists the fields that changed, in the record’s order, without its bookkeeping', () => {
    const after = {
      ...before,
      version: 3,
      updatedAt: '2026-03-02T08:00:00.000Z',
      nameEn: 'Al-Zahir',
      roles: ['VOLUNTEER', 'HEALTH_COACH'],
      active: false,
    };
    expect(changedFields(before, after)).toEqual([
      { field: 'nameEn', before: null, after: 'Al-Zahir' },
      { field: 'roles', before: ['VOLUNTEER'], after: ['VOLUNTEER', 'HEALTH_COACH'] },
      { field: 'active', before: true, after: false },
    ]);
  });

  it('gives every filled field of a new record, and nothing for a record only moved to the trash', () => {
    expect(changedFields(null, { id: 1, nameAr: 'حي العدل', nameEn: '', active: false })).toEqual([
      { field: 'nameAr', before: undefined, after: 'حي العدل' },
      { field: 'active', before: undefined, after: false },
    ]);
    expect(changedFields(before, { ...before, version: 3, deletedAt: '2026-03-02T08:00:00.000Z' })).toEqual(
      [],
    );
  });
});

describe('sameValue', () => {
  it('reads any kind of blank alike, and compares lists by their items', () => {
    expect(sameValue(null, '')).toBe(true);
    expect(sameValue(undefined, [])).toBe(true);
    expect(sameValue(['1', '2'], ['1', '2'])).toBe(true);
    expect(sameValue(['1', '2'], ['2', '1'])).toBe(false);
    expect(sameValue(false, null)).toBe(false);
    expect(sameValue('a', 'b')).toBe(false);
  });
});

describe('asSnapshot', () => {
  it('takes a record and nothing else', () => {
    expect(asSnapshot({ a: 1 })).toEqual({ a: 1 });
    expect(asSnapshot([1])).toBeNull();
    expect(asSnapshot('{"a":1}')).toBeNull();
    expect(asSnapshot(null)).toBeNull();
  });
});

describe('editConflicts', () => {
  const base = { id: '4', version: 2, nameAr: 'حي الزاهر', nameEn: 'Zahir', phone: null, notes: '' };

  it('sets each field the editor changed beside the stored value, marking those changed meanwhile', () => {
    const mine = { ...base, nameEn: 'Al-Zahir', phone: '0551234567', notes: 'قرب الحرم' };
    const stored = { ...base, version: 3, nameEn: 'Az-Zahir', phone: '0551234567', nameAr: 'الزاهر' };
    expect(editConflicts(base, mine, stored)).toEqual([
      { field: 'nameEn', mine: 'Al-Zahir', stored: 'Az-Zahir', changedMeanwhile: true },
      { field: 'notes', mine: 'قرب الحرم', stored: '', changedMeanwhile: false },
    ]);
  });
});
