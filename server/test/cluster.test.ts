import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dropScratchDatabase } from './postgres';
import { createServerDatabase, type ServerProcess, startServerProcess } from './server-process';

const districtQuery = 'query ($id: ID!) { district(id: $id) { nameEn version } }';
const updateDistrict = `mutation ($id: ID!, $nameEn: String, $version: Int) {
  updateDistrict(id: $id, input: { nameEn: $nameEn, version: $version }) { nameEn version }
}`;

/** Two server processes on one database, as behind a load balancer: any of them serves any request. */
describe('two server processes on one PostgreSQL database', () => {
  let databaseUrl: string;
  let a: ServerProcess;
  let b: ServerProcess;
  let token: string;
  let districtId: string;

  beforeAll(async () => {
    databaseUrl = await createServerDatabase(inject('postgresServerUrl'));
    [a, b] = await Promise.all([startServerProcess(databaseUrl), startServerProcess(databaseUrl)]);
    token = await a.login();
    const { data } = await b.gql<{ districts: { nodes: { id: string }[] } }>(
      '{ districts(first: 1) { nodes { id } } }',
      {},
      token,
    );
    districtId = data!.districts.nodes[0].id;
  });
  afterAll(async () => {
    await a?.kill();
    await b?.kill();
    if (databaseUrl) await dropScratchDatabase(databaseUrl);
  });

  it('accepts a sign-in made on one process on the other, and a sign-out on either ends it on both', async () => {
    const me = '{ me { email } }';
    expect((await b.gql(me, {}, token)).data).toEqual({ me: { email: 'admin@test.local' } });
    const other = await b.login();
    expect((await a.gql(me, {}, other)).data).toEqual({ me: { email: 'admin@test.local' } });
    expect((await b.gql('mutation { logout }', {}, other)).data).toEqual({ logout: true });
    expect((await a.gql(me, {}, other)).data).toEqual({ me: null });
    expect((await b.gql(me, {}, other)).data).toEqual({ me: null });
  });

  it('refuses on one process an edit from a version the other has changed, and logs the change for both', async () => {
    const { data } = await b.gql<{ district: { version: number } }>(districtQuery, { id: districtId }, token);
    const version = data!.district.version;

    const onA = await a.gql(updateDistrict, { id: districtId, nameEn: 'Changed on A', version }, token);
    expect(onA).toEqual({ data: { updateDistrict: { nameEn: 'Changed on A', version: version + 1 } } });
    const onB = await b.gql(updateDistrict, { id: districtId, nameEn: 'Changed on B', version }, token);
    expect(onB.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await b.gql(districtQuery, { id: districtId }, token)).data).toEqual({
      district: { nameEn: 'Changed on A', version: version + 1 },
    });

    const audit = await b.gql<{
      auditEntries: { nodes: { action: string; userEmail: string; after: object }[] };
    }>(
      `query ($id: ID!) {
        auditEntries(filter: { entityType: "District", entityId: $id }) { nodes { action userEmail after } }
      }`,
      { id: districtId },
      token,
    );
    expect(audit.data!.auditEntries.nodes).toEqual([
      {
        action: 'UPDATE',
        userEmail: 'admin@test.local',
        after: expect.objectContaining({ nameEn: 'Changed on A', version: version + 1 }),
      },
    ]);
  });
});
