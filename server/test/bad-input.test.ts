import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from './harness';

/**
 * Hostile and malformed requests, as GraphQL security scanners send them: each is answered with a
 * typed error, quickly, and leaves the database exactly as it was.
 */
describe('the API holds against bad input (PostgreSQL, production mode)', () => {
  let api: TestApi;
  let dumpBefore: string;
  let districtId: string;

  beforeAll(async () => {
    api = await startApi('postgresql', { production: true });
    const districts = await api.data<{ districts: { nodes: { id: string }[] } }>(
      '{ districts(first: 1) { nodes { id } } }',
    );
    districtId = districts.districts.nodes[0].id;
    dumpBefore = await api.dump();
  });
  afterAll(() => api?.close());

  const post = async (
    body: string,
    headers: Record<string, string> = { 'content-type': 'application/json' },
  ) => {
    const started = performance.now();
    const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers, body });
    const text = await response.text();
    return { status: response.status, text, json: () => JSON.parse(text), ms: performance.now() - started };
  };
  const codeOf = async (query: string, variables?: Record<string, unknown>) =>
    (await api.gql(query, variables)).errors?.[0]?.extensions?.code;

  it('refuses alias overloading, duplicated fields, directive overloading and deep or cyclic queries', async () => {
    const aliases = `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: healthCenters { totalCount }`).join(' ')} }`;
    const duplicated = `{ healthCenters(first: 500) { nodes { ${'nameAr '.repeat(3000)} } } }`;
    const directives = `{ healthCenters { totalCount ${'@skip(if: false) '.repeat(50)} } }`;
    let deep = 'nameAr';
    for (let i = 0; i < 12; i++) deep = `offerings { center { ${deep} } }`;
    const cyclic = `{ healthCenters { nodes { ${deep} } } }`;
    const expensive = `{ programOfferings(first: 500) { nodes { center { offerings { roster { person { rosterEntries { id } } } } } } } }`;
    for (const query of [aliases, duplicated, directives, cyclic, expensive]) {
      const started = performance.now();
      const code = await codeOf(query);
      expect(
        ['BAD_USER_INPUT', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED'],
        query.slice(0, 80),
      ).toContain(code);
      expect(performance.now() - started).toBeLessThan(2_000);
    }
  });

  it('refuses circular introspection but serves the ordinary one', async () => {
    const circular = `{ __schema { types { fields { type { fields { type { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } } } } } }`;
    expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']).toContain(await codeOf(circular));
    const ordinary = await api.gql<{ __schema: { types: unknown[] } }>(
      '{ __schema { types { name fields { name } } } }',
    );
    expect(ordinary.data?.__schema.types.length).toBeGreaterThan(50);
  });

  it('gives no field suggestions, stack traces or SQL in production', async () => {
    const result = await api.gql('{ healthCenter { nameAr } healthCentrs { id } }');
    const text = JSON.stringify(result);
    expect(result.errors?.length).toBeGreaterThan(0);
    expect(text).not.toMatch(/Did you mean/);
    expect(text).not.toMatch(/stacktrace|\.ts:\d+|select |insert /i);
  });

  it('refuses batches, mutations over GET, GET without a CSRF header and url-encoded or form posts', async () => {
    const batch = await post(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
    expect(batch.status).toBe(400);
    const getMutation = await fetch(
      `${api.url}/graphql?query=${encodeURIComponent('mutation { createDistrict(input: { nameAr: "حي" }) { id } }')}`,
      { headers: { 'apollo-require-preflight': 'true' } },
    );
    expect(getMutation.status).toBe(405);
    const simpleGet = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(simpleGet.status).toBe(400);
    const urlEncoded = await post(`query=${encodeURIComponent('{ __typename }')}`, {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(urlEncoded.status).toBe(400);
    const form = await post(
      '--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ __typename }\r\n--x--',
      {
        'content-type': 'multipart/form-data; boundary=x',
      },
    );
    expect(form.status).toBe(400);
  });

  it('answers oversized and malformed bodies with JSON errors', async () => {
    const huge = await post(JSON.stringify({ query: `{ __typename } # ${'x'.repeat(2_000_000)}` }));
    expect(huge.status).toBe(413);
    expect(huge.json().errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    const malformed = await post('{"query": ');
    expect(malformed.status).toBe(400);
    expect(malformed.json().errors[0].extensions.code).toBe('BAD_REQUEST');
    const tokens = await post(JSON.stringify({ query: `{ ${'__typename '.repeat(6000)} }` }));
    expect(tokens.json().errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    const unknownOperation = await post(
      JSON.stringify({ query: 'query Centers { healthCenters { totalCount } }', operationName: 'SignIn' }),
    );
    expect(unknownOperation.status).toBe(400);
    expect(unknownOperation.json().errors[0].extensions.code).toBe('OPERATION_RESOLUTION_FAILURE');
  });

  it('treats malformed ids and injection strings as data, never as SQL', async () => {
    for (const id of ['1; drop table district', "' or 1=1 --", '-1', '1e3', '九', '99999999999999999999']) {
      expect(['BAD_USER_INPUT', 'NOT_FOUND']).toContain(
        await codeOf('query ($id: ID!) { healthCenter(id: $id) { id } }', { id }),
      );
    }
    const injections = [
      "' OR '1'='1",
      '%',
      '_',
      '\\',
      "'; drop table person; --",
      '") or 1=1 --',
      '<script>alert(1)</script>',
    ];
    for (const q of injections) {
      for (const list of ['healthCenters', 'people', 'programOfferings', 'districts', 'rosterEntries']) {
        const result = await api.gql(`query ($q: String) { ${list}(filter: { q: $q }) { totalCount } }`, {
          q,
        });
        expect(result.errors, `${list} q=${q}`).toBeUndefined();
        expect((result.data as Record<string, { totalCount: number }>)[list].totalCount).toBe(0);
      }
    }
  });

  it('refuses text and dates PostgreSQL cannot store, in searches and writes alike', async () => {
    for (const q of ['\u0000', 'حي\u0000', '\ud800', 'a\udc00b']) {
      expect(await codeOf('query ($q: String) { districts(filter: { q: $q }) { totalCount } }', { q })).toBe(
        'BAD_USER_INPUT',
      );
      expect(
        await codeOf('mutation ($name: String!) { createDistrict(input: { nameAr: $name }) { id } }', {
          name: q,
        }),
      ).toBe('BAD_USER_INPUT');
    }
    expect(await codeOf('{ districts(filter: { q: "\\u0000" }) { totalCount } }')).toBe('BAD_USER_INPUT');
    expect(
      await codeOf(
        'query ($from: LocalDate) { trainingEvents(filter: { startDateFrom: $from }) { totalCount } }',
        {
          from: '0000-01-01',
        },
      ),
    ).toBe('BAD_USER_INPUT');
  });

  it('has left the data exactly as it was', async () => {
    expect(await api.dump()).toBe(dumpBefore);
  });

  it('stores text as given, script tags included, and returns it unchanged', async () => {
    const nameAr = '<script>alert("حي")</script> & "quotes"';
    const created = await api.data<{ createDistrict: { nameAr: string } }>(
      'mutation ($nameAr: String!) { createDistrict(input: { nameAr: $nameAr }) { nameAr } }',
      { nameAr },
    );
    expect(created.createDistrict.nameAr).toBe(nameAr);
    const refused = await api.gql(
      'mutation ($id: ID!, $name: String!) { createHealthCenter(input: { nameAr: $name, districtId: $id }) { id } }',
      { id: districtId, name: 'ا'.repeat(10_000) },
    );
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'nameAr' });
  });
});
