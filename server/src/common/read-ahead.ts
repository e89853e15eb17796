import type { DirectiveNode, FieldNode, GraphQLResolveInfo, SelectionSetNode, ValueNode } from 'graphql';
import { MAX_PAGE_SIZE } from './connection';
import { type Relation, relationOf } from './relations';

/** What a query selects of some records: their own fields, and the declared relations it follows. */
export interface RecordsSelected {
  /** The selected fields that are not declared relations (`__typename` left out). */
  fields: string[];
  reads: RelationRead[];
}

/** A declared relation the query selects, with what it selects in turn. */
export interface RelationRead extends RecordsSelected {
  relation: Relation;
  /** `last` of a relation that offers it (clamped as the field resolver does), else null. */
  last: number | null;
}

/** Relations read ahead at most, so that one statement stays small; the loaders read the rest. */
const MAX_RELATIONS = 8;
const MAX_DEPTH = 3;

/**
 * What `info`'s field selects of its `entityName` records (under `nodes` for a list): their fields,
 * and the declared relations, nested, as the field resolvers will ask their loaders for them.
 */
export function recordsSelected(
  info: GraphQLResolveInfo,
  entityName: string,
  list: boolean,
): RecordsSelected {
  const sets = info.fieldNodes.flatMap(setOf);
  const records = list ? fieldsNamed(info, sets, 'nodes').flatMap(setOf) : sets;
  return readsOf(info, records, entityName, { left: MAX_RELATIONS }, 1);
}

const fieldsByNodes = new WeakMap<readonly FieldNode[], string[]>();

/**
 * The fields a relation's field resolver selects of its `entityName` records, as `recordsSelected`
 * tells them to the read ahead. Kept per field nodes: graphql-js hands every record of a list the
 * same nodes, and builds them afresh for each request.
 */
export function fieldsSelected(info: GraphQLResolveInfo, entityName: string): string[] {
  let fields = fieldsByNodes.get(info.fieldNodes);
  if (!fields) {
    fields = readsOf(info, info.fieldNodes.flatMap(setOf), entityName, { left: 0 }, MAX_DEPTH).fields;
    fieldsByNodes.set(info.fieldNodes, fields);
  }
  return fields;
}

function readsOf(
  info: GraphQLResolveInfo,
  sets: SelectionSetNode[],
  entityName: string,
  budget: { left: number },
  depth: number,
): RecordsSelected {
  const fields = new Set<string>();
  const byLoader = new Map<string, { relation: Relation; last: number | null; sets: SelectionSetNode[] }>();
  for (const field of fieldsOf(info, sets)) {
    const relation = relationOf(entityName, field.name.value);
    if (!relation) {
      if (field.name.value !== '__typename') fields.add(field.name.value);
      continue;
    }
    const last = relation.kind === 'many' && relation.latest ? lastOf(info, field) : null;
    if (last === undefined) continue;
    const name = `${field.name.value}#${last}`;
    const read = byLoader.get(name) ?? { relation, last, sets: [] };
    read.sets.push(...setOf(field));
    byLoader.set(name, read);
  }
  const reads: RelationRead[] = [];
  for (const { relation, last, sets: childSets } of byLoader.values()) {
    if (budget.left === 0) break;
    budget.left--;
    // Beyond the depth read ahead, only the relation's own fields.
    const within = depth < MAX_DEPTH ? budget : { left: 0 };
    reads.push({ relation, last, ...readsOf(info, childSets, relation.target.name, within, depth + 1) });
  }
  return { fields: [...fields], reads };
}

const setOf = (field: FieldNode) => (field.selectionSet ? [field.selectionSet] : []);

/** The fields of these selection sets that the query includes, through fragments. */
function fieldsOf(info: GraphQLResolveInfo, sets: SelectionSetNode[]): FieldNode[] {
  const fields: FieldNode[] = [];
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (!included(info, selection.directives)) continue;
      if (selection.kind === 'Field') fields.push(selection);
      else if (selection.kind === 'InlineFragment') visit(selection.selectionSet);
      else {
        const fragment = info.fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  for (const set of sets) visit(set);
  return fields;
}

const fieldsNamed = (info: GraphQLResolveInfo, sets: SelectionSetNode[], name: string) =>
  fieldsOf(info, sets).filter((field) => field.name.value === name);

/** Whether `@skip` and `@include` keep a selection. */
function included(info: GraphQLResolveInfo, directives: readonly DirectiveNode[] | undefined): boolean {
  for (const directive of directives ?? []) {
    const condition = directive.arguments?.find((argument) => argument.name.value === 'if')?.value;
    const value = condition ? argumentValue(info, condition) : undefined;
    if (directive.name.value === 'skip' && value === true) return false;
    if (directive.name.value === 'include' && value === false) return false;
  }
  return true;
}

/** `last` as the field resolver will take it; undefined when it will refuse it (nothing to read). */
function lastOf(info: GraphQLResolveInfo, field: FieldNode): number | null | undefined {
  const argument = field.arguments?.find((node) => node.name.value === 'last');
  const value = argument ? argumentValue(info, argument.value) : null;
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number' || value < 0) return undefined;
  return Math.min(value, MAX_PAGE_SIZE);
}

function argumentValue(info: GraphQLResolveInfo, node: ValueNode): unknown {
  if (node.kind === 'Variable') return info.variableValues[node.name.value];
  if (node.kind === 'IntValue') return Number(node.value);
  if (node.kind === 'BooleanValue') return node.value;
  return null;
}
