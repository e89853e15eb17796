import { PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/**
 * Columns every record has. Entities keep foreign keys as plain ids (`mapToPk`), so a row read
 * straight from SQL is already the object GraphQL resolves; relations resolve through loaders.
 */
@ObjectType()
export abstract class BaseRecord {
  @Field(() => ID, { description: 'Stable identifier of the record.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => Int, {
    description: 'Bumped on every change; send it back with an update to detect a concurrent edit.',
  })
  @Property({ type: 'integer', default: 1 })
  version: number = 1;

  @Field(() => Date, { description: 'When the record was created.' })
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => Date, { description: 'When the record last changed.' })
  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();

  @Field(() => Boolean, {
    description: 'Demo data loaded to show the platform at work, not a real record; removable in one step.',
  })
  @Property({ type: 'boolean', default: false })
  isDemo: boolean = false;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the record was moved to the trash; empty while in use. Trashed records can be restored.',
  })
  @Property({ type: 'datetime', nullable: true })
  deletedAt?: Date | null;

  /** Normalized Arabic text the `q` filter matches (see shared `normalizeArabic`). */
  @Property({ type: 'text', default: '', lazy: true })
  searchKey: string = '';
}
