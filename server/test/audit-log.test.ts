import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startApi, type TestApi } from './harness';

describe.each(databaseKinds)('the audit log on %s', (kind) => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startApi(kind, { seed: false });
  });
  afterAll(() => api?.close());

  const sql = (statement: string) => api.em().getConnection().execute(statement);
  const entries = async () =>
    Number(((await sql('select count(*) as n from audit_entry')) as { n: number | string }[])[0].n);

  it('refuses, in the database itself, to change or remove an entry', async () => {
    await api.data('mutation { createDistrict(input: { nameAr: "حي سجل التدقيق" }) { id } }');
    const before = await entries();
    expect(before).toBeGreaterThan(0);
    await expect(sql("update audit_entry set reason = 'edited'")).rejects.toThrow(/append-only/);
    await expect(sql('delete from audit_entry')).rejects.toThrow(/append-only/);
    if (kind === 'postgresql') await expect(sql('truncate audit_entry')).rejects.toThrow(/append-only/);
    expect(await entries()).toBe(before);
    const reasons = (await sql('select reason from audit_entry')) as { reason: string | null }[];
    expect(reasons.some((row) => row.reason === 'edited')).toBe(false);
  });
});
