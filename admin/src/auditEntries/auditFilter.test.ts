import { describe, expect, it } from 'vitest';
import { auditFilter } from './auditFilter';

describe('auditFilter', () => {
  it('reads the days as from the start of the first to the end of the last, where the reader is', () => {
    const filter = auditFilter({ from: '2026-03-01', to: '2026-03-31', action: 'UPDATE' });
    expect(filter).toEqual({
      action: 'UPDATE',
      from: new Date(2026, 2, 1).toISOString(),
      to: new Date(2026, 3, 1).toISOString(),
    });
  });

  it('leaves out a date not given and passes the other filters on', () => {
    expect(auditFilter({ entityType: 'District', from: '', to: null })).toEqual({ entityType: 'District' });
  });
});
