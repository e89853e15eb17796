import { readFileSync } from 'node:fs';
import { authResources, healthResources } from '@mujtama/shared/resources';
import { buildSchema, type GraphQLObjectType, introspectionFromSchema, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { apiOf, buildQueryFactory, sortableFields } from './buildQuery';
import { RESTORE_META, TRASHED_META } from './meta';

// The schema the server emits and commits: the admin's queries must hold against it.
const schema = buildSchema(readFileSync(new URL('../../../schema.graphql', import.meta.url), 'utf8'));
const introspection = introspectionFromSchema(schema).__schema;
const build = buildQueryFactory({ schema: introspection });
const api = apiOf(introspection);
const page = { pagination: { page: 2, perPage: 25 }, filter: { q: 'مكة' } };

// Users are not listed by the person they are linked to, so only the health records are read that way.
const records = [
  ...Object.values(healthResources).map(({ type }) => ({ type, byReference: true })),
  { type: authResources.User.type, byReference: false },
];

describe.each(records)('the data provider on $type', ({ type, byReference }) => {
  const objectType = schema.getType(type) as GraphQLObjectType;
  const foreignKeys = Object.keys(objectType.getFields()).filter((field) => /^[a-z]\w*Id$/.test(field));
  const valid = (method: string, params: unknown) =>
    expect(validate(schema, build(method, type, params).query)).toEqual([]);

  it('reads pages in every order the API offers', () => {
    const sortable = sortableFields(api, type);
    expect(sortable).toContain('id');
    for (const field of sortable) valid('GET_LIST', { ...page, sort: { field, order: 'DESC' } });
  });

  it('reads one record and several by id', () => {
    valid('GET_ONE', { id: '1' });
    valid('GET_MANY', { ids: ['1', '2'] });
  });

  it.runIf(byReference)('lists the records pointing at another through each of its foreign keys', () => {
    for (const target of foreignKeys) {
      valid('GET_MANY_REFERENCE', { ...page, target, id: '1', sort: { field: 'id', order: 'ASC' } });
    }
  });

  it('creates, updates and deletes', () => {
    valid('CREATE', { data: {} });
    valid('UPDATE', { id: '1', data: { id: '1', version: 3 }, previousData: { id: '1', version: 3 } });
    valid('UPDATE_MANY', { ids: ['1', '2'], data: {} });
    valid('DELETE', { id: '1' });
    valid('DELETE_MANY', { ids: ['1', '2'] });
  });

  it('lists the trash, finds records in it and restores them', () => {
    valid('GET_LIST', { ...page, filter: { trashed: true } });
    valid('GET_MANY', { ids: ['1'], meta: TRASHED_META });
    valid('UPDATE_MANY', { ids: ['1', '2'], data: {}, meta: RESTORE_META });
  });
});

describe('the data provider on the audit log', () => {
  it('reads a record’s history and the filtered log a page at a time', () => {
    const filter = { entityType: 'District', entityId: '3', action: 'UPDATE', userId: '1' };
    const { query, variables } = build('GET_LIST', 'AuditEntry', {
      filter,
      pagination: { page: 2, perPage: 25 },
    });
    expect(validate(schema, query)).toEqual([]);
    expect(variables).toEqual({ filter, first: 25, offset: 25 });
  });
});
