import type { EnumDefinition } from '@mujtama/shared/enums';
import * as enums from '@mujtama/shared/enums';
import { registerEnumType } from 'type-graphql';

const isEnumDefinition = (value: unknown): value is EnumDefinition<string> =>
  typeof value === 'object' && value !== null && 'keys' in value && 'labels' in value && 'values' in value;

/** Registers every shared enum with GraphQL once, documenting each value with its English and Arabic label. */
for (const definition of (Object.values(enums) as unknown[]).filter(isEnumDefinition)) {
  if (definition.name === enums.SortDirection.name) continue; // registered with the connection types
  registerEnumType(definition.values, {
    name: definition.name,
    description: definition.description,
    valuesConfig: Object.fromEntries(
      definition.keys.map((key) => [
        key,
        { description: `${definition.labels[key].en} — ${definition.labels[key].ar}` },
      ]),
    ),
  });
}
