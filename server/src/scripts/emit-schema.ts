import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { printedSchema, schemaFile } from '../schema';

/** Writes `schema.graphql` at the repository root from the resolver code. */
printedSchema().then((schema) => {
  writeFileSync(schemaFile, schema);
  console.log(`wrote ${schemaFile}`);
});
