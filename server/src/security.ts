import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  visit,
} from 'graphql';
import { MAX_PAGE_SIZE } from './common/connection';

/** Limits that keep one request from costing the server more than a page of real work. */
export const limits = {
  depth: 15,
  aliases: 30,
  directives: 20,
  tokens: 5_000,
  cost: 100_000,
  bodyBytes: 1_000_000,
};

const tooComplex = (message: string) =>
  new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', field: 'query', http: { status: 400 } },
  });

/** Rows assumed for a nested list without a page size (a roster, a center's offerings). */
const NESTED_LIST_ROWS = 20;

function pageSize(field: FieldNode, variables: Record<string, unknown>): number | undefined {
  const arg = field.arguments?.find((argument) => argument.name.value === 'first')?.value;
  if (!arg) return undefined;
  const value =
    arg.kind === Kind.INT
      ? Number(arg.value)
      : arg.kind === Kind.VARIABLE
        ? Number(variables[arg.name.value])
        : NaN;
  return Math.min(Number.isFinite(value) ? value : 25, MAX_PAGE_SIZE);
}

/**
 * Depth, alias, directive and cost limits of the operation about to run. Cost counts each field
 * once per parent row: lists multiply their children by their `first` argument, or by a typical
 * size when they take none.
 */
export function checkOperationLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): GraphQLError | null {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  let aliases = 0;
  let directives = operation.directives?.length ?? 0;
  let deepest = 0;
  const cost = (
    set: SelectionSetNode,
    parent: GraphQLNamedType | undefined,
    depth: number,
    rows: number,
    seen: Set<string>,
  ): number => {
    deepest = Math.max(deepest, depth);
    if (depth > limits.depth) return 0;
    let total = 0;
    for (const selection of set.selections) {
      directives += selection.directives?.length ?? 0;
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        total += cost(selection.selectionSet, type ?? parent, depth, rows, seen);
      } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || seen.has(fragment.name.value)) continue;
        const type = schema.getType(fragment.typeCondition.name.value);
        total += cost(
          fragment.selectionSet,
          type ?? parent,
          depth,
          rows,
          new Set([...seen, fragment.name.value]),
        );
      } else {
        if (selection.alias) aliases++;
        total += rows;
        if (!selection.selectionSet) continue;
        const field =
          isObjectType(parent) || isInterfaceType(parent)
            ? parent.getFields()[selection.name.value]
            : undefined;
        // A connection's page size is counted at the connection; its `nodes` list adds nothing more.
        const isList =
          field && !parent?.name.endsWith('Connection') ? isListType(getNullableType(field.type)) : false;
        const size = isList
          ? (pageSize(selection, variables) ?? NESTED_LIST_ROWS)
          : (pageSize(selection, variables) ?? 1);
        const child = field ? getNamedType(field.type) : undefined;
        total += cost(selection.selectionSet, child, depth + 1, Math.min(rows * size, 1e9), seen);
      }
    }
    return total;
  };
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  const total = cost(operation.selectionSet, root ?? undefined, 1, 1, new Set());
  if (deepest > limits.depth) return tooComplex(`Query is nested deeper than ${limits.depth} levels`);
  if (aliases > limits.aliases) return tooComplex(`Query uses more than ${limits.aliases} aliases`);
  if (directives > limits.directives)
    return tooComplex(`Query uses more than ${limits.directives} directives`);
  if (total > limits.cost) return tooComplex(`Query would cost about ${total}, more than ${limits.cost}`);
  return null;
}

const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** NUL, or half of a UTF-16 surrogate pair: text that cannot be encoded as UTF-8 for PostgreSQL. */
const unstorable = (text: string) => text.includes('\u0000') || loneSurrogate.test(text);

const holdsUnstorable = (value: unknown): boolean =>
  typeof value === 'string'
    ? unstorable(value)
    : typeof value === 'object' && value !== null
      ? Object.entries(value).some(([key, item]) => unstorable(key) || holdsUnstorable(item))
      : false;

const literalsChecked = new WeakMap<DocumentNode, boolean>();

/** Whether a string literal of `document` is unstorable; once per document, which Apollo keeps parsed. */
function literalsUnstorable(document: DocumentNode): boolean {
  let found = literalsChecked.get(document);
  if (found === undefined) {
    found = false;
    visit(document, {
      StringValue(node) {
        if (unstorable(node.value)) found = true;
      },
    });
    literalsChecked.set(document, found);
  }
  return found;
}

/**
 * PostgreSQL cannot store NUL or a lone surrogate in text or JSON and fails the whole statement, so
 * a request carrying one, in a variable or a literal, is refused as bad input before it reaches SQL.
 */
function checkText(document: DocumentNode, variables: Record<string, unknown>): GraphQLError | null {
  const field =
    Object.keys(variables).find((name) => holdsUnstorable(variables[name])) ??
    (literalsUnstorable(document) ? 'query' : undefined);
  if (!field) return null;
  return new GraphQLError('Text must be valid Unicode without the NUL character', {
    extensions: { code: 'BAD_USER_INPUT', field, http: { status: 400 } },
  });
}

/** Refuses an over-limit operation, or one carrying text the database cannot store, before any resolver runs. */
export const operationLimitsPlugin: ApolloServerPlugin = {
  async requestDidStart({ schema }) {
    return {
      async didResolveOperation({ document, operation, request }) {
        if (!operation) return;
        const variables = request.variables ?? {};
        const error =
          checkOperationLimits(schema, document, operation, variables) ?? checkText(document, variables);
        if (error) throw error;
      },
    };
  },
};
