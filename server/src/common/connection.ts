import { SortDirection } from '@mujtama/shared/enums';
import type { ClassType } from 'type-graphql';
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

/** Largest page a list answers; larger requests get this many. */
export const MAX_PAGE_SIZE = 500;
export const DEFAULT_PAGE_SIZE = 25;

registerEnumType(SortDirection.values, {
  name: SortDirection.name,
  description: SortDirection.description,
  valuesConfig: {
    ASC: { description: 'Smallest or earliest first.' },
    DESC: { description: 'Largest or latest first.' },
  },
});

@ObjectType({
  description:
    'Where a page sits in the whole list; cursors are opaque and only valid with the same filter and order.',
})
export class PageInfo {
  @Field(() => Boolean, { description: 'More records follow this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Records precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first record of the page.' })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last record; pass it as `after` for the next page.',
  })
  endCursor!: string | null;
}

export interface ConnectionShape<T> {
  nodes: T[];
  totalCount: number;
  pageInfo: PageInfo;
}

/** `XConnection { nodes, totalCount, pageInfo }` for one record type. */
export function connectionType<T extends object>(node: ClassType<T>, typeName: string) {
  @ObjectType(`${typeName}Connection`, { description: `A page of ${typeName} records.` })
  class Connection implements ConnectionShape<T> {
    @Field(() => [node], { description: 'The records of this page.' })
    nodes!: T[];

    @Field(() => Int, {
      description: 'How many records match the filter in all pages (computed only when asked for).',
    })
    totalCount!: number;

    @Field(() => PageInfo, { description: 'Where this page sits in the whole list.' })
    pageInfo!: PageInfo;
  }
  return Connection;
}

const snake = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();

/** `XSortField` (UPPER_SNAKE of each sortable field) and `XOrder { field, direction }`. */
export function orderType(typeName: string, sortable: readonly string[]) {
  const fields = Object.fromEntries(sortable.map((field) => [snake(field), field]));
  registerEnumType(fields, {
    name: `${typeName}SortField`,
    description: `Fields a list of ${typeName} records can be sorted by.`,
    valuesConfig: Object.fromEntries(
      sortable.map((field) => [snake(field), { description: `Sort by \`${field}\`.` }]),
    ),
  });

  @InputType(`${typeName}Order`, { description: `One sort key for a list of ${typeName} records.` })
  class Order {
    @Field(() => fields, { description: 'The field to sort by.' })
    field!: string;

    @Field(() => SortDirection.values, { defaultValue: 'ASC', description: 'Ascending or descending.' })
    direction!: SortDirection;
  }
  return Order;
}
