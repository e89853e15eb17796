import { readFileSync } from 'node:fs';
import { MikroORM } from '@mikro-orm/core';
import { isEnumType, isInputObjectType, isObjectType } from 'graphql';
import { describe, expect, inject, it } from 'vitest';
import { ormOptions } from '../src/orm';
import { getSchema, printedSchema, schemaFile } from '../src/schema';
import { withScratchPostgres } from './postgres';

describe('committed artifacts', () => {
  it('schema.graphql is what the server emits (run `pnpm schema` after changing the API)', async () => {
    expect(readFileSync(schemaFile, 'utf8')).toBe(await printedSchema());
  });

  it('documents every type, field, argument and enum value', async () => {
    const undocumented: string[] = [];
    for (const type of Object.values((await getSchema()).getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name))
        continue;
      if (!type.description) undocumented.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undocumented.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) undocumented.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues())
          if (!value.description) undocumented.push(`${type.name}.${value.name}`);
      }
    }
    expect(undocumented).toEqual([]);
  });

  it.each(['sqlite', 'postgresql'] as const)('the %s migrations match the entities', async (type) => {
    const check = async (options: Parameters<typeof MikroORM.init>[0]) => {
      const orm = await MikroORM.init(options);
      try {
        await orm.getMigrator().up();
        return await orm.getMigrator().checkMigrationNeeded();
      } finally {
        await orm.close(true);
      }
    };
    const needed =
      type === 'sqlite'
        ? await check(ormOptions({ type, path: ':memory:' }))
        : await withScratchPostgres(inject('postgresServerUrl'), (url) => check(ormOptions({ type, url })));
    expect(
      needed,
      'entities changed without a migration: run `pnpm --filter @mujtama/server migration:create`',
    ).toBe(false);
  });
});
