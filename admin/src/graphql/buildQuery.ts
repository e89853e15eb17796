import { resources } from '@mujtama/shared/resources';
import {
  type DocumentNode,
  type IntrospectionField,
  type IntrospectionInputObjectType,
  type IntrospectionInputValue,
  type IntrospectionObjectType,
  type IntrospectionSchema,
  type IntrospectionType,
  type IntrospectionTypeRef,
  parse,
} from 'graphql';
import type {
  CreateParams,
  DeleteManyParams,
  DeleteParams,
  GetListParams,
  GetManyParams,
  GetManyReferenceParams,
  GetOneParams,
  Identifier,
  RaRecord,
  SortPayload,
  UpdateManyParams,
  UpdateParams,
} from 'react-admin';

/** The data provider methods, by the names ra-data-graphql hands to `buildQuery`. */
type FetchMethod =
  | 'GET_LIST'
  | 'GET_ONE'
  | 'GET_MANY'
  | 'GET_MANY_REFERENCE'
  | 'CREATE'
  | 'UPDATE'
  | 'UPDATE_MANY'
  | 'DELETE'
  | 'DELETE_MANY';

export interface BuiltQuery {
  query: DocumentNode;
  variables: Record<string, unknown>;
  parseResponse: (response: { data: unknown }) => unknown;
}

/** The parts of the introspected schema that queries are built from. */
export interface Api {
  type(name: string): IntrospectionType | undefined;
  /** A field of the Query or Mutation type. */
  root(name: string): IntrospectionField;
}

function describeApi(schema: IntrospectionSchema): Api {
  const types = new Map(schema.types.map((type) => [type.name, type]));
  const roots = new Map<string, IntrospectionField>();
  for (const root of [schema.queryType, schema.mutationType]) {
    const type = root && types.get(root.name);
    if (type?.kind === 'OBJECT') for (const field of type.fields) roots.set(field.name, field);
  }
  return {
    type: (name) => types.get(name),
    root: (name) => {
      const field = roots.get(name);
      if (!field) throw new Error(`The API has no field ${name}`);
      return field;
    },
  };
}

/** `nameAr` → `NAME_AR`, `hba1cPercent` → `HBA1C_PERCENT`: how the API names sort fields. */
export function toSortField(field: string): string {
  return field.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

function namedType(ref: IntrospectionTypeRef): { kind: string; name: string } {
  return ref.kind === 'NON_NULL' || ref.kind === 'LIST' ? namedType(ref.ofType) : ref;
}

function isList(ref: IntrospectionTypeRef): boolean {
  return ref.kind === 'LIST' || (ref.kind === 'NON_NULL' && isList(ref.ofType));
}

function printType(ref: IntrospectionTypeRef): string {
  if (ref.kind === 'NON_NULL') return `${printType(ref.ofType)}!`;
  if (ref.kind === 'LIST') return `[${printType(ref.ofType)}]`;
  return ref.name;
}

function objectType(api: Api, name: string): IntrospectionObjectType {
  const type = api.type(name);
  if (type?.kind !== 'OBJECT') throw new Error(`The API has no object type ${name}`);
  return type;
}

/** The fields of the input object an argument of a root field takes, e.g. `filter` → `HealthCenterFilter`. */
function inputFields(
  api: Api,
  field: IntrospectionField,
  argument: string,
): readonly IntrospectionInputValue[] {
  const arg = field.args.find((candidate) => candidate.name === argument);
  const type = arg && api.type(namedType(arg.type).name);
  return type?.kind === 'INPUT_OBJECT' ? (type as IntrospectionInputObjectType).inputFields : [];
}

/** Scalar and enum fields of a record type (foreign keys included, nested objects left out). */
function recordSelection(api: Api, typeName: string): string {
  return objectType(api, typeName)
    .fields.filter((field) => ['SCALAR', 'ENUM'].includes(namedType(field.type).kind))
    .filter((field) => field.args.every((arg) => arg.type.kind !== 'NON_NULL' || arg.defaultValue != null))
    .map((field) => field.name)
    .join(' ');
}

interface Call {
  alias: string;
  field: IntrospectionField;
  /** Argument name → the operation variable that carries it. */
  args: Record<string, string>;
  selection: string;
}

function operation(kind: 'query' | 'mutation', name: string, calls: readonly Call[]): DocumentNode {
  // Calls may share a variable (updateMany's one input), declared once.
  const declarations = new Map<string, string>();
  const body = calls.map(({ alias, field, args, selection }) => {
    const passed = Object.entries(args).map(([arg, variable]) => {
      const definition = field.args.find((candidate) => candidate.name === arg);
      if (!definition) throw new Error(`${field.name} takes no argument ${arg}`);
      declarations.set(variable, `$${variable}: ${printType(definition.type)}`);
      return `${arg}: $${variable}`;
    });
    const argList = passed.length > 0 ? `(${passed.join(', ')})` : '';
    return `${alias}: ${field.name}${argList} { ${selection} }`;
  });
  const variableList = declarations.size > 0 ? `(${[...declarations.values()].join(', ')})` : '';
  return parse(`${kind} ${name}${variableList} { ${body.join(' ')} }`);
}

/** Variables for the arguments of `field` that have a value, and the call passing them. */
function call(alias: string, field: IntrospectionField, values: Record<string, unknown>, selection: string) {
  const variables: Record<string, unknown> = {};
  const args: Record<string, string> = {};
  for (const [arg, value] of Object.entries(values)) {
    if (value === undefined || !field.args.some((candidate) => candidate.name === arg)) continue;
    variables[arg] = value;
    args[arg] = arg;
  }
  return { call: { alias, field, args, selection }, variables };
}

const isBlank = (value: unknown) => value === undefined || value === null || value === '';

/** react-admin's filter values reduced to what `XFilter` accepts, lists wrapped where it takes a list. */
function toFilter(api: Api, field: IntrospectionField, filter: Readonly<Record<string, unknown>>) {
  const accepted = new Map(inputFields(api, field, 'filter').map((input) => [input.name, input]));
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter)) {
    const input = accepted.get(key);
    if (!input || isBlank(value) || (Array.isArray(value) && value.length === 0)) continue;
    result[key] = isList(input.type) && !Array.isArray(value) ? [value] : value;
  }
  return Object.keys(result).length > 0 ? result : undefined;
}

/** The values of the `XSortField` enum a list field sorts by. */
function sortValues(api: Api, field: IntrospectionField): ReadonlySet<string> {
  const sortField = inputFields(api, field, 'orderBy').find((input) => input.name === 'field');
  const enumType = sortField && api.type(namedType(sortField.type).name);
  return new Set(enumType?.kind === 'ENUM' ? enumType.enumValues.map((value) => value.name) : []);
}

/** The sort as `[XOrder!]`, with the id as tie-breaker so pages stay stable; none if the field is not sortable. */
function toOrderBy(api: Api, field: IntrospectionField, sort: SortPayload | undefined) {
  const values = sortValues(api, field);
  const sortField = sort && toSortField(sort.field);
  if (!sortField || !values.has(sortField)) return undefined;
  const direction = sort?.order === 'DESC' ? 'DESC' : 'ASC';
  const orderBy = [{ field: sortField, direction }];
  if (sortField !== 'ID' && values.has('ID')) orderBy.push({ field: 'ID', direction });
  return orderBy;
}

const sameValue = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * The input of a create or update, holding only what the introspected input type accepts
 * (read-only and computed fields never are). A create leaves blanks out so server defaults apply;
 * an update sends only the fields that changed, blanks as null to clear them.
 */
function toInput(
  fields: readonly IntrospectionInputValue[],
  data: Readonly<Record<string, unknown>>,
  previous?: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const { name } of fields) {
    const value = data[name];
    if (name === 'version' || value === undefined) continue;
    if (!previous) {
      if (!isBlank(value)) input[name] = value;
    } else if (!sameValue(value, previous[name])) {
      input[name] = value === '' ? null : value;
    }
  }
  return input;
}

interface Connection {
  nodes: RaRecord[];
  totalCount: number;
  pageInfo?: { hasNextPage: boolean; hasPreviousPage: boolean };
}

/** The count and, where the connection has it (the audit log's has not), the page info. */
function connectionSelection(api: Api, field: IntrospectionField): string {
  const connection = objectType(api, namedType(field.type).name);
  return connection.fields.some((candidate) => candidate.name === 'pageInfo')
    ? 'totalCount pageInfo { hasNextPage hasPreviousPage }'
    : 'totalCount';
}

function resourceOf(typeName: string) {
  const definition = Object.values(resources).find((resource) => resource.type === typeName);
  if (!definition) throw new Error(`Unknown resource ${typeName}`);
  return definition;
}

function listQuery(
  api: Api,
  resource: string,
  name: string,
  params: {
    filter?: Readonly<Record<string, unknown>>;
    sort?: SortPayload;
    pagination?: { page: number; perPage: number };
  },
): BuiltQuery {
  const field = api.root(resourceOf(resource).many);
  const { pagination } = params;
  const built = call(
    'page',
    field,
    {
      filter: toFilter(api, field, params.filter ?? {}),
      orderBy: toOrderBy(api, field, params.sort),
      first: pagination?.perPage,
      offset: pagination ? (pagination.page - 1) * pagination.perPage : undefined,
    },
    `nodes { ${recordSelection(api, resource)} } ${connectionSelection(api, field)}`,
  );
  return {
    query: operation('query', name, [built.call]),
    variables: built.variables,
    parseResponse: ({ data }) => {
      const { nodes, totalCount, pageInfo } = (data as { page: Connection }).page;
      return { data: nodes, total: totalCount, pageInfo };
    },
  };
}

function singleRecord(
  api: Api,
  kind: 'query' | 'mutation',
  name: string,
  resource: string,
  rootField: string,
  values: Record<string, unknown>,
): BuiltQuery {
  const built = call('data', api.root(rootField), values, recordSelection(api, resource));
  return {
    query: operation(kind, name, [built.call]),
    variables: built.variables,
    parseResponse: ({ data }) => ({ data: (data as { data: RaRecord }).data }),
  };
}

/** One mutation per id, aliased `r0`, `r1`…, in a single request. */
function perId(
  api: Api,
  name: string,
  rootField: string,
  ids: readonly Identifier[],
  shared: Record<string, unknown> = {},
): BuiltQuery {
  const field = api.root(rootField);
  const variables: Record<string, unknown> = {};
  const calls = ids.map((id, index) => {
    const args: Record<string, string> = { id: `id${index}` };
    variables[`id${index}`] = id;
    for (const [arg, value] of Object.entries(shared)) {
      args[arg] = arg;
      variables[arg] = value;
    }
    return { alias: `r${index}`, field, args, selection: 'id' };
  });
  return {
    query: operation('mutation', name, calls),
    variables,
    parseResponse: ({ data }) => ({
      data: Object.values(data as Record<string, RaRecord>).map((record) => record.id),
    }),
  };
}

function mutationInput(api: Api, rootField: string): readonly IntrospectionInputValue[] {
  return inputFields(api, api.root(rootField), 'input');
}

const metaFlag = (meta: unknown, flag: string) =>
  typeof meta === 'object' && meta !== null && (meta as Record<string, unknown>)[flag] === true;

/** Builds the GraphQL operation for one data provider call on the API's conventions. */
function buildQuery(api: Api, method: FetchMethod, resource: string, params: unknown): BuiltQuery {
  const { one } = resourceOf(resource);
  const name = `${method.toLowerCase().replace(/_(\w)/g, (_, letter: string) => letter.toUpperCase())}${resource}`;
  switch (method) {
    case 'GET_LIST':
      return listQuery(api, resource, name, params as GetListParams);
    case 'GET_MANY_REFERENCE': {
      const { target, id, filter, ...rest } = params as GetManyReferenceParams;
      // Dropping an unknown target, as other unknown filters are, would list every record instead.
      if (
        !inputFields(api, api.root(resourceOf(resource).many), 'filter').some(
          (input) => input.name === target,
        )
      ) {
        throw new Error(`${resource} records cannot be filtered by ${target}`);
      }
      return listQuery(api, resource, name, { ...rest, filter: { ...filter, [target]: id } });
    }
    case 'GET_MANY': {
      const { ids, meta } = params as GetManyParams;
      const list = listQuery(api, resource, name, {
        filter: { ids, trashed: metaFlag(meta, 'trashed') || undefined },
        pagination: { page: 1, perPage: ids.length },
      });
      return {
        ...list,
        parseResponse: (response) => ({ data: (list.parseResponse(response) as { data: unknown }).data }),
      };
    }
    case 'GET_ONE':
      return singleRecord(api, 'query', name, resource, one, { id: (params as GetOneParams).id });
    case 'CREATE': {
      const { data } = params as CreateParams<Record<string, unknown>>;
      const input = toInput(mutationInput(api, `create${resource}`), data);
      return singleRecord(api, 'mutation', name, resource, `create${resource}`, { input });
    }
    case 'UPDATE': {
      const { id, data, previousData } = params as UpdateParams<RaRecord>;
      const root = `update${resource}`;
      const fields = mutationInput(api, root);
      const input = toInput(fields, data, previousData);
      const version: unknown = previousData?.version ?? data.version;
      if (fields.some((input) => input.name === 'version')) input.version = version;
      return singleRecord(api, 'mutation', name, resource, root, { id, input, version });
    }
    case 'DELETE':
      return singleRecord(api, 'mutation', name, resource, `delete${resource}`, {
        id: (params as DeleteParams).id,
      });
    case 'DELETE_MANY':
      return perId(api, name, `delete${resource}`, (params as DeleteManyParams).ids);
    case 'UPDATE_MANY': {
      const { ids, data, meta } = params as UpdateManyParams<Record<string, unknown>>;
      if (metaFlag(meta, 'restore')) return perId(api, `restoreMany${resource}`, `restore${resource}`, ids);
      const input = toInput(mutationInput(api, `update${resource}`), data);
      return perId(api, name, `update${resource}`, ids, { input });
    }
  }
}

/** The fields of a record type its list can be sorted by. */
export function sortableFields(api: Api, resource: string): string[] {
  const values = sortValues(api, api.root(resourceOf(resource).many));
  return objectType(api, resource)
    .fields.map((field) => field.name)
    .filter((name) => values.has(toSortField(name)));
}

const METHODS: readonly string[] = [
  'GET_LIST',
  'GET_ONE',
  'GET_MANY',
  'GET_MANY_REFERENCE',
  'CREATE',
  'UPDATE',
  'UPDATE_MANY',
  'DELETE',
  'DELETE_MANY',
] satisfies FetchMethod[];

const isFetchMethod = (method: string): method is FetchMethod => METHODS.includes(method);

const apis = new WeakMap<IntrospectionSchema, Api>();

/** The schema described once, however often ra-data-graphql hands it over. */
export function apiOf(schema: IntrospectionSchema): Api {
  let api = apis.get(schema);
  if (!api) {
    api = describeApi(schema);
    apis.set(schema, api);
  }
  return api;
}

/** The `buildQuery` option of ra-data-graphql: queries built from the introspected schema. */
export function buildQueryFactory(introspection: { schema: IntrospectionSchema }) {
  const api = apiOf(introspection.schema);
  return (method: string, resource: string, params: unknown): BuiltQuery => {
    if (!isFetchMethod(method)) throw new Error(`Unsupported data provider method ${method}`);
    return buildQuery(api, method, resource, params);
  };
}
