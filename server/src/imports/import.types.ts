import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Why one row of an import cannot be written.' })
export class ImportRowError {
  @Field(() => Int, { description: 'The row, counted from 1 for the first row under the header.' })
  row!: number;

  @Field(() => String, { nullable: true, description: 'The input field at fault; empty for the whole row.' })
  field!: string | null;

  @Field(() => String, {
    description: 'BAD_USER_INPUT, CONFLICT, FORBIDDEN or NOT_FOUND, as a single write would fail.',
  })
  code!: string;

  @Field(() => String, { description: 'What is wrong, in Arabic.' })
  messageAr!: string;

  @Field(() => String, { description: 'What is wrong, in English.' })
  messageEn!: string;
}

@ObjectType({ description: 'The outcome of checking one chunk of an import.' })
export class ImportCheck {
  @Field(() => String, {
    description: 'The import the chunk was added to; pass it with the next chunks and to the commit.',
  })
  batch!: string;

  @Field(() => Int, { description: 'Rows checked in this chunk.' })
  checked!: number;

  @Field(() => Int, {
    description: 'Rows of this chunk that would fail; the chunk is kept only when none do.',
  })
  errorCount!: number;

  @Field(() => [ImportRowError], { description: 'The first problems found (at most 100).' })
  errors!: ImportRowError[];
}

@ObjectType({ description: 'The outcome of writing an import: every row, or none.' })
export class ImportResult {
  @Field(() => Int, { description: 'Records created; 0 when any row failed.' })
  created!: number;

  @Field(() => Int, { description: 'Rows that failed; nothing was written when there are any.' })
  errorCount!: number;

  @Field(() => [ImportRowError], { description: 'The first problems found (at most 100).' })
  errors!: ImportRowError[];
}
