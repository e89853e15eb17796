import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { ImportType } from '@mujtama/shared/enums';

/**
 * Rows of a spreadsheet import, checked and waiting to be written. An import arrives in chunks that
 * each fit in one request, and is written by one commit in one transaction; the chunks wait here
 * (not in a server's memory) so any server process can take the commit.
 */
@Entity({ tableName: 'import_chunk' })
@Index({ properties: ['batch', 'position'] })
export class ImportChunk {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  /** The import the chunk belongs to, named by the server when its first chunk is checked. */
  @Property({ type: 'string', length: 36 })
  batch!: string;

  @Property({ type: 'string', length: 30 })
  type!: ImportType;

  /** Only the user who checked the rows may write them. */
  @Property({ type: 'integer' })
  userId!: number;

  /** Index of the chunk's first row among the rows of the file (0 for the first data row). */
  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'json' })
  rows!: Record<string, unknown>[];

  @Property({ type: 'datetime' })
  @Index()
  createdAt: Date = new Date();
}
