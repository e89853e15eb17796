import { buildSchema, introspectionFromSchema, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { apiOf, buildQueryFactory, sortableFields, toSortField } from './buildQuery';
import { RESTORE_META, TRASHED_META } from './meta';

// A slice of the API, written on its conventions: enough to exercise every data provider method.
const sdl = /* GraphQL */ `
  scalar DateTimeISO
  scalar LocalDate
  enum SortDirection { ASC DESC }
  enum HealthCenterKind { PRIMARY_CARE_CENTER SMOKING_CESSATION_CENTER }
  enum PersonRole { HEALTH_COACH VOLUNTEER }
  type PageInfo { hasNextPage: Boolean! hasPreviousPage: Boolean! startCursor: String endCursor: String }

  type District { id: ID! version: Int! nameAr: String! }
  type HealthCenter {
    id: ID!
    version: Int!
    createdAt: DateTimeISO!
    updatedAt: DateTimeISO!
    isDemo: Boolean!
    nameAr: String!
    kind: HealthCenterKind!
    active: Boolean!
    districtId: ID
    district: District
    offerings: [ProgramOffering!]!
  }
  type ProgramOffering { id: ID! centerId: ID center: HealthCenter }
  type HealthCenterConnection { nodes: [HealthCenter!]! totalCount: Int! pageInfo: PageInfo! }
  enum HealthCenterSortField { ID NAME_AR KIND CREATED_AT }
  input HealthCenterOrder { field: HealthCenterSortField! direction: SortDirection! }
  input HealthCenterFilter {
    q: String
    ids: [ID!]
    districtId: ID
    kind: HealthCenterKind
    active: Boolean
    trashed: Boolean
  }
  input CreateHealthCenterInput { nameAr: String! districtId: ID! kind: HealthCenterKind! active: Boolean }
  input UpdateHealthCenterInput { nameAr: String districtId: ID kind: HealthCenterKind active: Boolean version: Int }

  type Person { id: ID! version: Int! nameAr: String! roles: [PersonRole!]! }
  type PersonConnection { nodes: [Person!]! totalCount: Int! pageInfo: PageInfo! }
  enum PersonSortField { ID NAME_AR }
  input PersonOrder { field: PersonSortField! direction: SortDirection! }
  input PersonFilter { q: String ids: [ID!] roles: [PersonRole!] }
  input UpdatePersonInput { nameAr: String roles: [PersonRole!] }

  scalar JSON
  type AuditEntry { id: ID! at: DateTimeISO! entityType: String! after: JSON }
  type AuditEntryConnection { nodes: [AuditEntry!]! totalCount: Int! }
  input AuditEntryFilter { entityType: String entityId: ID }

  type Query {
    auditEntries(filter: AuditEntryFilter, first: Int, offset: Int): AuditEntryConnection!
    healthCenter(id: ID!): HealthCenter!
    healthCenters(
      filter: HealthCenterFilter
      orderBy: [HealthCenterOrder!]
      first: Int
      offset: Int
      after: String
    ): HealthCenterConnection!
    people(filter: PersonFilter, orderBy: [PersonOrder!], first: Int, offset: Int): PersonConnection!
  }
  type Mutation {
    createHealthCenter(input: CreateHealthCenterInput!): HealthCenter!
    updateHealthCenter(id: ID!, input: UpdateHealthCenterInput!): HealthCenter!
    deleteHealthCenter(id: ID!): HealthCenter!
    restoreHealthCenter(id: ID!): HealthCenter!
    updatePerson(id: ID!, input: UpdatePersonInput!, version: Int): Person!
  }
`;

const schema = introspectionFromSchema(buildSchema(sdl)).__schema;
const build = buildQueryFactory({ schema });
const compact = (text: string) => text.replace(/\s+/g, ' ').trim();
const printed = (method: string, resource: string, params: unknown) => {
  const built = build(method, resource, params);
  return { ...built, text: compact(print(built.query)) };
};

const CENTER_FIELDS = 'id version createdAt updatedAt isDemo nameAr kind active districtId';

describe('toSortField', () => {
  it('writes camelCase field names in UPPER_SNAKE_CASE', () => {
    expect(toSortField('id')).toBe('ID');
    expect(toSortField('nameAr')).toBe('NAME_AR');
    expect(toSortField('createdAt')).toBe('CREATED_AT');
    expect(toSortField('hba1cPercent')).toBe('HBA1C_PERCENT');
    expect(toSortField('fastingGlucoseMgDl')).toBe('FASTING_GLUCOSE_MG_DL');
  });
});

describe('sortableFields', () => {
  it('lists the fields whose sort the API offers', () => {
    expect(sortableFields(apiOf(schema), 'HealthCenter')).toEqual(['id', 'createdAt', 'nameAr', 'kind']);
  });
});

describe('getList', () => {
  const params = {
    pagination: { page: 3, perPage: 25 },
    sort: { field: 'nameAr', order: 'DESC' },
    filter: { q: 'الهنداوية', kind: 'PRIMARY_CARE_CENTER', active: false, districtId: '', unknown: 'x' },
  };

  it('selects the scalar and enum fields, not the nested objects', () => {
    const { text } = printed('GET_LIST', 'HealthCenter', params);
    expect(text).toContain(`nodes { ${CENTER_FIELDS} }`);
    expect(text).not.toMatch(/district \{|offerings/);
    expect(text).toContain('totalCount pageInfo { hasNextPage hasPreviousPage }');
  });

  it('declares the variables with the types the API gives its arguments', () => {
    const { text } = printed('GET_LIST', 'HealthCenter', params);
    expect(text).toMatch(
      /^query getListHealthCenter\(\$filter: HealthCenterFilter, \$orderBy: \[HealthCenterOrder!\], \$first: Int, \$offset: Int\)/,
    );
    // print() breaks long argument lists over lines, without commas.
    expect(text).toMatch(
      /page: healthCenters\( filter: \$filter orderBy: \$orderBy first: \$first offset: \$offset \)/,
    );
  });

  it('maps sort, pagination and filters onto the conventions', () => {
    expect(printed('GET_LIST', 'HealthCenter', params).variables).toEqual({
      filter: { q: 'الهنداوية', kind: 'PRIMARY_CARE_CENTER', active: false },
      orderBy: [
        { field: 'NAME_AR', direction: 'DESC' },
        { field: 'ID', direction: 'DESC' },
      ],
      first: 25,
      offset: 50,
    });
  });

  it('leaves out a sort the API does not offer, and an empty filter', () => {
    const { variables } = printed('GET_LIST', 'HealthCenter', {
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'phone', order: 'ASC' },
      filter: {},
    });
    expect(variables).toEqual({ first: 10, offset: 0 });
  });

  it('wraps a single value for a filter that takes a list', () => {
    const { variables } = printed('GET_LIST', 'Person', {
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'id', order: 'ASC' },
      filter: { roles: 'HEALTH_COACH' },
    });
    expect(variables.filter).toEqual({ roles: ['HEALTH_COACH'] });
    expect(variables.orderBy).toEqual([{ field: 'ID', direction: 'ASC' }]);
  });

  it('reads the page, the total and the page info', () => {
    const nodes = [{ id: '1', nameAr: 'مركز صحي الزاهر' }];
    const pageInfo = { hasNextPage: true, hasPreviousPage: false };
    const { parseResponse } = build('GET_LIST', 'HealthCenter', params);
    expect(parseResponse({ data: { page: { nodes, totalCount: 31, pageInfo } } })).toEqual({
      data: nodes,
      total: 31,
      pageInfo,
    });
  });

  it('lists the trash when the filter asks for it', () => {
    const { variables } = printed('GET_LIST', 'HealthCenter', { ...params, filter: { trashed: true } });
    expect(variables.filter).toEqual({ trashed: true });
  });

  it('asks for the page info only where the connection has it', () => {
    const { text, variables } = printed('GET_LIST', 'AuditEntry', {
      pagination: { page: 2, perPage: 10 },
      sort: { field: 'id', order: 'DESC' },
      filter: { entityType: 'District', entityId: '4' },
    });
    expect(text).toBe(
      'query getListAuditEntry($filter: AuditEntryFilter, $first: Int, $offset: Int) { page: auditEntries(filter: $filter, first: $first, offset: $offset) { nodes { id at entityType after } totalCount } }',
    );
    expect(variables).toEqual({ filter: { entityType: 'District', entityId: '4' }, first: 10, offset: 10 });
  });
});

describe('getMany and getManyReference', () => {
  it('asks for the ids through filter.ids', () => {
    const { variables, parseResponse } = printed('GET_MANY', 'HealthCenter', { ids: ['4', '9'] });
    expect(variables).toEqual({ filter: { ids: ['4', '9'] }, first: 2, offset: 0 });
    const page = { nodes: [{ id: '4' }, { id: '9' }], totalCount: 2, pageInfo: {} };
    expect(parseResponse({ data: { page } })).toEqual({ data: page.nodes });
  });

  it('looks for them in the trash when asked to', () => {
    const { variables } = printed('GET_MANY', 'HealthCenter', { ids: ['4'], meta: TRASHED_META });
    expect(variables.filter).toEqual({ ids: ['4'], trashed: true });
  });

  it('refuses a target the API cannot filter on, rather than list everything', () => {
    const params = {
      target: 'phone',
      id: '7',
      pagination: { page: 1, perPage: 5 },
      sort: { field: 'id', order: 'ASC' },
    };
    expect(() => build('GET_MANY_REFERENCE', 'HealthCenter', { ...params, filter: {} })).toThrow(/phone/);
  });

  it('filters on the target field', () => {
    const { variables } = printed('GET_MANY_REFERENCE', 'HealthCenter', {
      target: 'districtId',
      id: '7',
      pagination: { page: 2, perPage: 5 },
      sort: { field: 'createdAt', order: 'ASC' },
      filter: { q: 'بحرة' },
    });
    expect(variables).toEqual({
      filter: { q: 'بحرة', districtId: '7' },
      orderBy: [
        { field: 'CREATED_AT', direction: 'ASC' },
        { field: 'ID', direction: 'ASC' },
      ],
      first: 5,
      offset: 5,
    });
  });
});

describe('getOne and delete', () => {
  it('fetches one record by id', () => {
    const { text, variables, parseResponse } = printed('GET_ONE', 'HealthCenter', { id: '3' });
    expect(text).toBe(
      `query getOneHealthCenter($id: ID!) { data: healthCenter(id: $id) { ${CENTER_FIELDS} } }`,
    );
    expect(variables).toEqual({ id: '3' });
    expect(parseResponse({ data: { data: { id: '3' } } })).toEqual({ data: { id: '3' } });
  });

  it('deletes one record and returns it', () => {
    const { text } = printed('DELETE', 'HealthCenter', { id: '3', previousData: { id: '3' } });
    expect(text).toBe(
      `mutation deleteHealthCenter($id: ID!) { data: deleteHealthCenter(id: $id) { ${CENTER_FIELDS} } }`,
    );
  });

  it('deletes many records in one request', () => {
    const { text, variables, parseResponse } = printed('DELETE_MANY', 'HealthCenter', { ids: ['1', '2'] });
    expect(text).toBe(
      'mutation deleteManyHealthCenter($id0: ID!, $id1: ID!) { r0: deleteHealthCenter(id: $id0) { id } r1: deleteHealthCenter(id: $id1) { id } }',
    );
    expect(variables).toEqual({ id0: '1', id1: '2' });
    expect(parseResponse({ data: { r0: { id: '1' }, r1: { id: '2' } } })).toEqual({ data: ['1', '2'] });
  });
});

describe('create and update', () => {
  const record = {
    id: '5',
    version: 4,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-02T00:00:00.000Z',
    isDemo: true,
    __typename: 'HealthCenter',
    nameAr: 'مركز صحي العدل',
    kind: 'PRIMARY_CARE_CENTER',
    active: true,
    districtId: '2',
  };

  it('creates with only the fields the create input takes, blanks left to the server', () => {
    const { text, variables } = printed('CREATE', 'HealthCenter', {
      data: { ...record, active: null, districtId: '2', nameAr: 'مركز صحي العدل' },
    });
    expect(text).toBe(
      `mutation createHealthCenter($input: CreateHealthCenterInput!) { data: createHealthCenter(input: $input) { ${CENTER_FIELDS} } }`,
    );
    expect(variables).toEqual({
      input: { nameAr: 'مركز صحي العدل', districtId: '2', kind: 'PRIMARY_CARE_CENTER' },
    });
  });

  it('updates the changed fields and sends the version it was read at', () => {
    const { variables } = printed('UPDATE', 'HealthCenter', {
      id: '5',
      data: { ...record, nameAr: 'مركز صحي العدل الجديد', active: false, version: 4 },
      previousData: record,
    });
    expect(variables).toEqual({
      id: '5',
      input: { nameAr: 'مركز صحي العدل الجديد', active: false, version: 4 },
    });
  });

  it('sends the version as an argument when the mutation takes it there', () => {
    const person = { id: '8', version: 2, nameAr: 'سارة', roles: ['VOLUNTEER'] };
    const { text, variables } = printed('UPDATE', 'Person', {
      id: '8',
      data: { ...person, roles: ['VOLUNTEER', 'HEALTH_COACH'], nameAr: '' },
      previousData: person,
    });
    expect(text).toContain('updatePerson(id: $id, input: $input, version: $version)');
    expect(variables).toEqual({
      id: '8',
      input: { nameAr: null, roles: ['VOLUNTEER', 'HEALTH_COACH'] },
      version: 2,
    });
  });

  it('updates many records with one input', () => {
    const { text, variables } = printed('UPDATE_MANY', 'HealthCenter', {
      ids: ['1', '2'],
      data: { active: false },
    });
    expect(text).toMatch(
      /^mutation updateManyHealthCenter\(\$id0: ID!, \$input: UpdateHealthCenterInput!, \$id1: ID!\)/,
    );
    expect(text).toContain('r1: updateHealthCenter(id: $id1, input: $input) { id }');
    expect(variables).toEqual({ id0: '1', id1: '2', input: { active: false } });
  });

  it('restores many records from the trash in one request', () => {
    const { text, variables, parseResponse } = printed('UPDATE_MANY', 'HealthCenter', {
      ids: ['1', '2'],
      data: {},
      meta: RESTORE_META,
    });
    expect(text).toBe(
      'mutation restoreManyHealthCenter($id0: ID!, $id1: ID!) { r0: restoreHealthCenter(id: $id0) { id } r1: restoreHealthCenter(id: $id1) { id } }',
    );
    expect(variables).toEqual({ id0: '1', id1: '2' });
    expect(parseResponse({ data: { r0: { id: '1' }, r1: { id: '2' } } })).toEqual({ data: ['1', '2'] });
  });
});

describe('buildQueryFactory', () => {
  it('refuses resources and methods it does not know', () => {
    expect(() => build('GET_LIST', 'Nothing', { filter: {} })).toThrow(/Unknown resource/);
    expect(() => build('SUBSCRIBE', 'HealthCenter', {})).toThrow(/Unsupported/);
  });
});
