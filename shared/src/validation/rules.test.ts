import { describe, expect, it } from 'vitest';
import { healthCenterRules, personRules, rosterEntryRules } from './health.rules';
import { validate } from './rules';

describe('validation rules', () => {
  it('accepts a complete valid person', () => {
    expect(validate(personRules, { nameAr: 'نورة', gender: 'FEMALE', phone: '+966 55 123 4567' })).toEqual(
      [],
    );
  });

  it('names each broken field with a message in both languages', () => {
    const violations = validate(healthCenterRules, {
      nameAr: ' ',
      districtId: null,
      kind: 'PRIMARY_CARE_CENTER',
      phone: '123',
    });
    expect(violations.map((v) => [v.field, v.code])).toEqual([
      ['nameAr', 'required'],
      ['districtId', 'required'],
      ['phone', 'pattern'],
    ]);
    expect(violations[2].message.ar).toMatch(/رقم سعودي/);
  });

  it('checks dates in order and leaves absent fields alone in partial updates', () => {
    expect(validate(rosterEntryRules, { since: '2026-02-01', until: '2026-01-01' }, true)).toMatchObject([
      { field: 'until', code: 'order' },
    ]);
    expect(validate(personRules, { phone: '0551234567' }, true)).toEqual([]);
  });
});
