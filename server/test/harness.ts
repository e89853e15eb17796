import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { GraphQLFormattedError } from 'graphql';
import { inject } from 'vitest';
import type { Config, DatabaseConfig } from '../src/config';
import { prepareDatabase } from '../src/database';
import { createApp } from '../src/http';
import { openOrm } from '../src/orm';
import { createScratchDatabase, dropScratchDatabase } from './postgres';

export type DatabaseKind = DatabaseConfig['type'];
export const databaseKinds: DatabaseKind[] = ['sqlite', 'postgresql'];

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLFormattedError[];
}

/** A running API over real HTTP on its own fresh database. */
export interface TestApi {
  url: string;
  orm: MikroORM;
  em: () => EntityManager;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  /** `gql` that fails the test on any error and returns the data. */
  data<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** How many SQL statements `work` issued. */
  countStatements(work: () => Promise<unknown>): Promise<number>;
  close(): Promise<void>;
}

async function createDatabase(
  kind: DatabaseKind,
): Promise<{ database: DatabaseConfig; drop: () => Promise<void> }> {
  if (kind === 'postgresql') {
    const url = await createScratchDatabase(inject('postgresServerUrl'));
    return { database: { type: 'postgresql', url }, drop: () => dropScratchDatabase(url) };
  }
  const dir = mkdtempSync(join(tmpdir(), 'mujtama-sqlite-'));
  return {
    database: { type: 'sqlite', path: join(dir, 'test.sqlite') },
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

export async function startApi(kind: DatabaseKind, { seed = true } = {}): Promise<TestApi> {
  const { database, drop } = await createDatabase(kind);
  const orm = await openOrm(database);
  await prepareDatabase(orm, { seed });
  const config: Config = {
    port: 0,
    database,
    production: false,
    adminDist: join(tmpdir(), 'no-admin-build'),
  };
  const { app, apollo } = await createApp(orm, config);
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  let statements = 0;
  const knex = (orm.em as EntityManager).getConnection().getKnex();
  knex.on('query', () => {
    statements++;
  });

  const gql: TestApi['gql'] = async (query, variables) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return response.json();
  };

  return {
    url,
    orm,
    em: () => orm.em.fork() as EntityManager,
    gql,
    async data(query, variables) {
      const result = await gql(query, variables);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
      return result.data as never;
    },
    async countStatements(work) {
      const before = statements;
      await work();
      return statements - before;
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
      await orm.close(true);
      await drop();
    },
  };
}
