import './common/enums';
import { resolve } from 'node:path';
import {
  GraphQLError,
  type GraphQLSchema,
  isInputObjectType,
  isObjectType,
  isScalarType,
  lexicographicSortSchema,
  printSchema,
} from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { authChecker } from './auth/auth-checker';
import { resolvers } from './resolvers';

/** The committed schema, as the server emits it. */
export const schemaFile = resolve(__dirname, '../../schema.graphql');

let built: Promise<GraphQLSchema> | undefined;

/** The GraphQL schema, built once per process from the resolver classes. */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers, validate: false, authChecker, authMode: 'error' })
    .then(documentInputs)
    .then(refuseYearZero)
    .then(readFieldsPlainly);
  return built;
}

/** The schema as committed in `schema.graphql`: sorted, so the file changes only when the API does. */
export async function printedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await getSchema()))}\n`;
}

const inputSuffixes = /^(Create|Update)(\w+)Input$|^(\w+)Filter$/;

/**
 * A field is documented once, on its object type; the inputs and filters of that type take the
 * same words, so the playground explains `centerId` in `CreateProgramOfferingInput` too.
 */
function documentInputs(schema: GraphQLSchema): GraphQLSchema {
  schema.getQueryType()!.description =
    'Reading the records of Mujtama: each type has `x(id)` and a paginated, filterable list.';
  schema.getMutationType()!.description =
    'Changing records: `createX`, `updateX` (with optimistic version check) and `deleteX`.';
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isInputObjectType(type)) continue;
    const match = inputSuffixes.exec(type.name);
    const described = match ? schema.getType(match[2] ?? match[3]) : null;
    if (!isObjectType(described)) continue;
    const sources = described.getFields();
    for (const field of Object.values(type.getFields())) {
      field.description ??= sources[field.name]?.description;
    }
  }
  return schema;
}

/**
 * ISO 8601 has a year 0000 and the LocalDate scalar accepts it, but PostgreSQL has no year 0 and
 * would fail the statement: such a date is refused as invalid input, in variables and literals alike.
 */
function refuseYearZero(schema: GraphQLSchema): GraphQLSchema {
  const scalar = schema.getType('LocalDate');
  if (!isScalarType(scalar)) return schema;
  const { parseValue, parseLiteral } = scalar;
  const check = (value: unknown) => {
    if (typeof value === 'string' && value.startsWith('0000')) {
      throw new GraphQLError(`Value is not a valid LocalDate: ${value} (there is no year 0)`);
    }
    return value;
  };
  scalar.parseValue = (value) => check(parseValue(value));
  scalar.parseLiteral = (ast, variables) => check(parseLiteral(ast, variables));
  return schema;
}

/**
 * type-graphql gives every field a resolver of its own that runs the field's role check and
 * middlewares, allocating twice per record and field (a page of 50 offerings resolves thousands of
 * fields) even when there are none. A field of an object type with no role check, no middleware and
 * no field resolver under its name, on any type, reads its property through graphql-js's default
 * resolver instead: what type-graphql's `simpleResolvers` does, decided here once for every type.
 */
function readFieldsPlainly(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  const guarded = new Set([
    ...storage.fields
      .filter((field) => field.roles || field.middlewares?.length)
      .map((field) => field.schemaName),
    ...storage.fieldResolvers.map((resolver) => resolver.schemaName),
  ]);
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || roots.includes(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (!guarded.has(field.name)) field.resolve = undefined;
    }
  }
  return schema;
}
