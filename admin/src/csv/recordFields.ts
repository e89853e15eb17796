import type { EnumDefinition } from '@mujtama/shared/enums';
import * as enums from '@mujtama/shared/enums';
import { graphqlRequest } from '../common/graphqlRequest';

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}

/** What a field of a record holds, as far as a spreadsheet column cares. */
export type FieldKind =
  | { kind: 'text' }
  | { kind: 'number' }
  | { kind: 'boolean' }
  | { kind: 'date' }
  | { kind: 'timestamp' }
  | { kind: 'enum'; enumeration: EnumDefinition<string> }
  | { kind: 'enumList'; enumeration: EnumDefinition<string> }
  | { kind: 'reference'; reference: string };

export type RecordField = { name: string } & FieldKind;

const TYPE_QUERY = `query RecordFields($name: String!) { __type(name: $name) { fields {
  name args { type { kind } defaultValue }
  type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }
} } }`;

const isEnumDefinition = (value: unknown): value is EnumDefinition<string> =>
  typeof value === 'object' && value !== null && 'keys' in value && 'labels' in value && 'values' in value;

const enumsByName = new Map(
  (Object.values(enums) as unknown[])
    .filter(isEnumDefinition)
    .map((definition) => [definition.name, definition]),
);

function unwrap(ref: TypeRef): { named: TypeRef; list: boolean } {
  let list = false;
  let current = ref;
  while (current.ofType && (current.kind === 'NON_NULL' || current.kind === 'LIST')) {
    if (current.kind === 'LIST') list = true;
    current = current.ofType;
  }
  return { named: current, list };
}

/** Fields every record has that say nothing to a reader of the spreadsheet. */
const INTERNAL = new Set(['version', 'deletedAt']);

const cache = new Map<string, Promise<RecordField[]>>();

/**
 * The columns of a record type as the API describes it (its schema is public): plain values, enums
 * with their shared labels, and foreign keys with the type they name (`districtId` beside `district`).
 */
export function recordFields(type: string): Promise<RecordField[]> {
  let fields = cache.get(type);
  if (!fields) {
    fields = graphqlRequest<{
      __type: {
        fields: {
          name: string;
          args: { type: { kind: string }; defaultValue: string | null }[];
          type: TypeRef;
        }[];
      } | null;
    }>(TYPE_QUERY, { name: type }).then(({ __type }) => {
      const all = __type?.fields ?? [];
      const objects = new Map(
        all.flatMap((field) => {
          const { named, list } = unwrap(field.type);
          return named.kind === 'OBJECT' && !list ? [[field.name, named.name ?? '']] : [];
        }),
      );
      return all.flatMap((field): RecordField[] => {
        const { named, list } = unwrap(field.type);
        const needsArguments = field.args.some(
          (arg) => arg.type.kind === 'NON_NULL' && arg.defaultValue == null,
        );
        if (INTERNAL.has(field.name) || needsArguments) return [];
        const enumeration = named.name ? enumsByName.get(named.name) : undefined;
        if (named.kind === 'ENUM' && enumeration) {
          return [{ name: field.name, kind: list ? 'enumList' : 'enum', enumeration }];
        }
        if (named.kind !== 'SCALAR' || list) return [];
        const reference = field.name.endsWith('Id') ? objects.get(field.name.slice(0, -2)) : undefined;
        if (reference) return [{ name: field.name, kind: 'reference', reference }];
        switch (named.name) {
          case 'LocalDate':
            return [{ name: field.name, kind: 'date' }];
          case 'DateTimeISO':
            return [{ name: field.name, kind: 'timestamp' }];
          case 'Boolean':
            return [{ name: field.name, kind: 'boolean' }];
          case 'Int':
          case 'Float':
            return [{ name: field.name, kind: 'number' }];
          default:
            return [{ name: field.name, kind: 'text' }];
        }
      });
    });
    cache.set(type, fields);
    fields.catch(() => cache.delete(type));
  }
  return fields;
}
