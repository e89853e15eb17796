import { type EntityMetadata, ReferenceKind } from '@mikro-orm/core';
import { type ResourceType, resources } from '@mujtama/shared/resources';
import fc from 'fast-check';
import {
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PAGE_SIZE } from '../src/common/connection';
import { ErrorCode } from '../src/common/errors';
import { selectRows } from '../src/common/rows';
import { getSchema } from '../src/schema';
import { type GraphQLResponse, startApi, type TestApi } from './harness';

/** 3,000 cases per run, 8 at a time; FUZZ_SEED runs other cases or replays a failure (fast-check prints its seed). */
const BATCHES = 375;
const BATCH_SIZE = 8;
const SEED = Number(process.env.FUZZ_SEED ?? 20_260_301);

type Row = Record<string, unknown>;

interface MutationTarget {
  name: string;
  field: GraphQLField<unknown, unknown>;
  meta: EntityMetadata;
  document: string;
}

interface Case {
  mutation: string;
  variables: Row;
}

interface Written {
  type: string;
  id: string;
  version: number;
}

const typedCodes = new Set<string>(Object.values(ErrorCode));

const arabicText = fc.string({
  unit: fc.integer({ min: 0x621, max: 0x64a }).map((code) => String.fromCharCode(code)),
  minLength: 1,
  maxLength: 30,
});
const hostileText = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  'نص\u0000مخفي',
  '\t\r\n',
  '\u200f\u200e\u0640',
  '\ufeff',
  '\ud800',
  '🙂👨‍👩‍👧',
  "' or 1=1 --",
  '%_\\',
  '<script>alert(1)</script>',
  'a@b.co',
  '2026-03-01',
  'ا'.repeat(5_000),
  'x'.repeat(100_000),
);
const text = fc.oneof(
  { weight: 4, arbitrary: arabicText },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: hostileText },
);
const integer = fc.oneof(
  fc.integer({ min: -10, max: 1_000 }),
  fc.integer(),
  fc.constantFrom(0, -1, 2_147_483_647, -2_147_483_648),
);
const float = fc.oneof(
  fc.double({ min: -1_000, max: 1_000, noNaN: true }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, 1e308, -1e308, 5e-324),
);
const day = (date: Date) => date.toISOString().slice(0, 10);
const dates = fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true });
const localDate = fc.oneof(
  { weight: 4, arbitrary: dates.map(day) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('0001-01-01', '9999-12-31', '2024-02-29', '2026-02-29', '0000-01-01'),
  },
);
const dateTime = fc.oneof(
  dates.map((date) => date.toISOString()),
  fc.constantFrom('0001-01-01T00:00:00Z', '9999-12-31T23:59:59.999Z', '2026-03-01T12:00:00+03:00'),
);
const malformedId = fc.constantFrom(
  '0',
  '-1',
  'abc',
  '',
  ' 1',
  '1.5',
  '1e3',
  '99999999999999999999',
  '٣',
  '1; drop table person',
);
const scalars: Record<string, fc.Arbitrary<unknown>> = {
  String: text,
  Int: integer,
  Float: float,
  Boolean: fc.boolean(),
  LocalDate: localDate,
  DateTimeISO: dateTime,
  JSON: fc.jsonValue({ maxDepth: 3 }),
};
/** Values of the wrong GraphQL type: the API must refuse them as bad input. */
const wrongType = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('NaN', 'Infinity', '-Infinity', 1.5, 2 ** 31, -(2 ** 31) - 1, 2 ** 53, 1e308),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 2 }),
);

/** Leaf fields of an object type: what a mutation returns and a read selects. */
function leafSelection(type: GraphQLNamedType): string {
  if (!isObjectType(type)) return '';
  return Object.values(type.getFields())
    .filter(
      (field) => isLeafType(getNamedType(field.type)) && field.args.every((arg) => !isNonNullType(arg.type)),
    )
    .map((field) => field.name)
    .join(' ');
}

describe('fuzzing every create and update mutation (PostgreSQL)', () => {
  let api: TestApi;
  let targets: MutationTarget[];
  let token: string;
  const idsOf = new Map<string, string[]>();

  beforeAll(async () => {
    api = await startApi('postgresql');
    token = await api.signInAs('ADMIN');
    const schema = await getSchema();
    const metadata = api.orm.getMetadata();
    targets = Object.values(schema.getMutationType()!.getFields())
      .filter((field) => /^(create|update)[A-Z]/.test(field.name))
      .map((field) => {
        const returned = getNamedType(field.type);
        const meta = metadata.find(returned.name);
        if (!meta) throw new Error(`${field.name} returns ${returned.name}, which is not stored`);
        const variables = field.args.map((arg) => `$${arg.name}: ${arg.type}`).join(', ');
        const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
        const document = `mutation (${variables}) { ${field.name}(${args}) { ${leafSelection(returned)} } }`;
        return { name: field.name, field, meta, document };
      });
    const em = api.em();
    for (const meta of Object.values(metadata.getAll())) {
      // Records only: the audit log and sessions are checked on their own.
      if (meta.abstract || !meta.properties.version) continue;
      const rows = await em
        .getConnection()
        .execute<{ id: number }[]>(`select id from ${meta.tableName} order by id limit 25`);
      idsOf.set(
        meta.className,
        rows.map((row) => String(row.id)),
      );
    }
  });
  afterAll(() => api?.close());

  /** An id: mostly of an existing record of the referenced type, else any number or a malformed one. */
  const idValue = (target?: string) => {
    const existing = (target && idsOf.get(target)) || [];
    return fc.oneof(
      {
        weight: existing.length ? 8 : 0,
        arbitrary: fc.constantFrom(...(existing.length ? existing : ['1'])),
      },
      { weight: 2, arbitrary: fc.integer({ min: 1, max: 3_000 }).map(String) },
      { weight: 1, arbitrary: malformedId },
    );
  };

  /** Values of a GraphQL input type, now and then null or of the wrong type; `target` is the record an ID names. */
  function inputValue(type: GraphQLInputType, meta?: EntityMetadata, target?: string): fc.Arbitrary<unknown> {
    const nullable = !isNonNullType(type);
    return fc.oneof(
      { weight: 40, arbitrary: typedInputValue(nullable ? type : type.ofType, meta, target) },
      { weight: nullable ? 4 : 0, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: wrongType },
    );
  }

  function typedInputValue(
    type: GraphQLInputType,
    meta?: EntityMetadata,
    target?: string,
  ): fc.Arbitrary<unknown> {
    if (isListType(type)) return fc.array(inputValue(type.ofType, meta, target), { maxLength: 4 });
    if (isEnumType(type)) {
      return fc.oneof(
        { weight: 15, arbitrary: fc.constantFrom(...type.getValues().map((value) => value.name)) },
        { weight: 1, arbitrary: fc.constantFrom('NOT_A_VALUE', '', 'active') },
      );
    }
    if (!isInputObjectType(type)) return type.name === 'ID' ? idValue(target) : (scalars[type.name] ?? text);
    const fields = Object.values(type.getFields());
    const model = Object.fromEntries(
      fields.map((field) => {
        const prop = meta?.properties[field.name as never] as
          | { kind: ReferenceKind; type: string }
          | undefined;
        return [
          field.name,
          inputValue(field.type, undefined, prop?.kind === ReferenceKind.MANY_TO_ONE ? prop.type : undefined),
        ];
      }),
    );
    const required = fields
      .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
      .map((field) => field.name);
    const record = fc.record(model, { requiredKeys: required });
    const keeping = (keys: fc.Arbitrary<string[]>) =>
      fc
        .tuple(record, keys)
        .map(([value, kept]) =>
          Object.fromEntries(Object.entries(value).filter(([key]) => kept.includes(key))),
        );
    const optional = fields.map((field) => field.name).filter((name) => !required.includes(name));
    return fc.oneof(
      { weight: 10, arbitrary: record },
      // Few fields at a time, as most edits send: such inputs get past validation and reach the database.
      {
        weight: 10,
        arbitrary: keeping(
          fc
            .subarray(optional, { maxLength: Math.min(optional.length, 2) })
            .map((kept) => [...required, ...kept]),
        ),
      },
      { weight: 1, arbitrary: record.map((value) => ({ ...value, notAField: 1 })) },
      {
        weight: required.length ? 1 : 0,
        arbitrary: keeping(fc.shuffledSubarray(required, { maxLength: Math.max(required.length - 1, 0) })),
      },
    );
  }

  const caseOf = (target: MutationTarget): fc.Arbitrary<Case> => {
    const model = Object.fromEntries(
      target.field.args.map((arg) => [
        arg.name,
        arg.name === 'id' || arg.name === 'ids'
          ? inputValue(arg.type, undefined, target.meta.className)
          : inputValue(arg.type, target.meta),
      ]),
    );
    return fc.record(model).map((variables) => ({ mutation: target.name, variables }));
  };

  const send = async (item: Case) => {
    const target = targets.find((candidate) => candidate.name === item.mutation)!;
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: target.document, variables: item.variables }),
    });
    return {
      status: response.status,
      body: (await response.json()) as GraphQLResponse<Record<string, unknown>>,
    };
  };

  it('answers thousands of generated inputs with data or typed errors, and writes only whole records', async () => {
    const [{ id: auditBefore }] = await api
      .em()
      .getConnection()
      .execute<{ id: number }[]>('select coalesce(max(id), 0) as id from audit_entry');
    const rowsBefore = await snapshotRows();
    const written: Written[] = [];
    const cases = fc.oneof(...targets.map(caseOf));

    await fc.assert(
      fc.asyncProperty(fc.array(cases, { minLength: BATCH_SIZE, maxLength: BATCH_SIZE }), async (batch) => {
        const responses = await Promise.all(batch.map(send));
        responses.forEach(({ status, body }, i) => {
          const context = JSON.stringify({ ...batch[i], response: body }).slice(0, 2_000);
          expect(status, context).toBeLessThan(500);
          for (const error of body.errors ?? [])
            expect(typedCodes, context).toContain(error.extensions?.code);
          const result = body.data?.[batch[i].mutation] as Row | Row[] | null | undefined;
          if (!body.errors && result) {
            const type = targets.find((target) => target.name === batch[i].mutation)!.meta.className;
            for (const row of [result].flat())
              written.push({ type, id: String(row.id), version: Number(row.version) });
          }
        });
      }),
      { numRuns: BATCHES, seed: SEED },
    );
    expect(written.length, 'enough generated inputs were valid to reach the database').toBeGreaterThan(300);

    const audited = await api
      .em()
      .getConnection()
      .execute<{ entity_type: string; entity_id: number; after: { version: number }; request_id: string }[]>(
        `select entity_type, entity_id, after, request_id from audit_entry
          where id > ? and action in ('CREATE', 'UPDATE') order by id`,
        [auditBefore],
      );
    const versionKey = (type: string, id: unknown, version: number) => `${type} ${id} v${version}`;
    const auditedVersions = new Set(
      audited.map((e) => versionKey(e.entity_type, e.entity_id, e.after.version)),
    );
    const answeredVersions = new Set(written.map((w) => versionKey(w.type, w.id, w.version)));

    // Every write answered as successful is in the audit log...
    expect(written.filter((w) => !auditedVersions.has(versionKey(w.type, w.id, w.version)))).toEqual([]);
    // ...and every logged write comes from a request that succeeded: a failed one left nothing behind.
    const byRequest = new Map<string, typeof audited>();
    for (const entry of audited)
      byRequest.set(entry.request_id, [...(byRequest.get(entry.request_id) ?? []), entry]);
    const unanswered = [...byRequest.values()].filter(
      (entries) =>
        !entries.some((entry) =>
          answeredVersions.has(versionKey(entry.entity_type, entry.entity_id, entry.after.version)),
        ),
    );
    expect(unanswered).toEqual([]);

    // A record that changed is exactly its last logged write, side effects included; any other is as it was.
    const lastLogged = new Map(
      audited.map((entry) => [`${entry.entity_type} ${entry.entity_id}`, entry.after]),
    );
    for (const [key, row] of await snapshotRows()) {
      if (row !== rowsBefore.get(key))
        expect(lastLogged.has(key), `${key} changed without an audit entry`).toBe(true);
    }
    for (const [key, after] of lastLogged) {
      const [type, id] = key.split(' ');
      const [row] = await selectRows(api.em(), api.orm.getMetadata().find(type)!.class, {
        where: { id: Number(id) },
      });
      expect(JSON.parse(JSON.stringify(row)), key).toEqual(after);
    }

    // And every written record reads back through the API.
    const schema = await getSchema();
    for (const type of new Set(written.map((w) => w.type))) {
      const ids = [...new Set(written.filter((w) => w.type === type).map((w) => w.id))];
      const many = resources[type as ResourceType].many;
      for (let start = 0; start < ids.length; start += MAX_PAGE_SIZE) {
        const page = ids.slice(start, start + MAX_PAGE_SIZE);
        const read = await api.gql<Record<string, { nodes: Row[] }>>(
          `query ($ids: [ID!]) { ${many}(filter: { ids: $ids }, first: ${MAX_PAGE_SIZE}) { nodes { ${leafSelection(schema.getType(type)!)} } } }`,
          { ids: page },
        );
        expect(read.errors, type).toBeUndefined();
        expect(read.data?.[many].nodes, type).toHaveLength(page.length);
      }
    }
  });

  /** Every stored row of every table, raw, by record type and id. */
  async function snapshotRows(): Promise<Map<string, string>> {
    const rows = new Map<string, string>();
    for (const meta of Object.values(api.orm.getMetadata().getAll())) {
      if (!idsOf.has(meta.className)) continue;
      for (const row of await api.em().getConnection().execute<Row[]>(`select * from ${meta.tableName}`)) {
        rows.set(`${meta.className} ${row.id}`, JSON.stringify(row));
      }
    }
    return rows;
  }
});
