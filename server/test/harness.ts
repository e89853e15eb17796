import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { GraphQLFormattedError } from 'graphql';
import { inject } from 'vitest';
import { ensureFirstAdmin } from '../src/auth/bootstrap';
import type { Config, DatabaseConfig } from '../src/config';
import { prepareDatabase } from '../src/database';
import { createApp } from '../src/http';
import { openOrm } from '../src/orm';
import { createScratchDatabase, dropScratchDatabase } from './postgres';

export const ADMIN = { email: 'admin@test.local', password: 'Test-Admin-2026!' };

export type DatabaseKind = DatabaseConfig['type'];
export const databaseKinds: DatabaseKind[] = ['sqlite', 'postgresql'];

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLFormattedError[];
}

type Variables = Record<string, unknown>;

/** Sends one operation to the API at `url` over HTTP, with `token` as bearer if given. */
export async function postGraphQL<T>(
  url: string,
  query: string,
  variables?: Variables,
  token?: string | null,
): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

/** A running API over real HTTP on its own fresh database, signed in as its administrator. */
export interface TestApi {
  url: string;
  orm: MikroORM;
  em: () => EntityManager;
  /** Sends an operation as the administrator, or with `token` (null: signed out). */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Variables,
    token?: string | null,
  ): Promise<GraphQLResponse<T>>;
  /** `gql` that fails the test on any error and returns the data. */
  data<T = Record<string, unknown>>(query: string, variables?: Variables, token?: string | null): Promise<T>;
  /** Creates a user with this role (and scope) and returns a session token for them. */
  signInAs(role: string, scope?: { centerIds?: string[]; personId?: string }): Promise<string>;
  /** Every stored row of every table, in a stable order: two equal dumps mean nothing changed. */
  dump(): Promise<string>;
  /** How many SQL statements `work` issued. */
  countStatements(work: () => Promise<unknown>): Promise<number>;
  /** The SQL statements `work` issued, in order. */
  statementsOf(work: () => Promise<unknown>): Promise<string[]>;
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

export async function startApi(
  kind: DatabaseKind,
  { seed = true, production = false } = {},
): Promise<TestApi> {
  const { database, drop } = await createDatabase(kind);
  const orm = await openOrm(database);
  await prepareDatabase(orm, { seed });
  await ensureFirstAdmin(orm, { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
  const config: Config = {
    port: 0,
    database,
    production,
    adminDist: join(tmpdir(), 'no-admin-build'),
  };
  const { app, apollo } = await createApp(orm, config);
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const statements: string[] = [];
  (orm.em as EntityManager)
    .getConnection()
    .getKnex()
    .on('query', (query: { sql: string }) => {
      statements.push(query.sql);
    });

  const statementsOf: TestApi['statementsOf'] = async (work) => {
    const before = statements.length;
    await work();
    return statements.slice(before);
  };

  let adminToken: string | null = null;
  const gql: TestApi['gql'] = (query, variables, token = adminToken) =>
    postGraphQL(url, query, variables, token);
  const data: TestApi['data'] = async (query, variables, token) => {
    const result = await gql(query, variables, token);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as never;
  };
  const login = async (email: string, password: string) => {
    const result = await data<{ login: { token: string } }>(
      'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      { email, password },
      null,
    );
    return result.login.token;
  };
  adminToken = await login(ADMIN.email, ADMIN.password);
  let users = 0;

  return {
    url,
    orm,
    em: () => orm.em.fork() as EntityManager,
    gql,
    data,
    async signInAs(role, scope = {}) {
      const email = `${role.toLowerCase()}${++users}@test.local`;
      const password = 'Test-Password-2026';
      await data('mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }', {
        input: {
          email,
          displayName: `${role} ${users}`,
          role,
          password,
          centerIds: scope.centerIds ?? [],
          personId: scope.personId,
        },
      });
      return login(email, password);
    },
    async dump() {
      const em = orm.em.fork() as EntityManager;
      const tables = Object.values(em.getMetadata().getAll())
        .filter((meta) => !meta.abstract && !meta.embeddable)
        .map((meta) => meta.tableName)
        .sort();
      const parts: string[] = [];
      for (const table of tables) {
        const rows = await em.getConnection().execute(`select * from ${table} order by 1`);
        parts.push(`${table}:${JSON.stringify(rows)}`);
      }
      return parts.join('\n');
    },
    statementsOf,
    countStatements: async (work) => (await statementsOf(work)).length,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
      await orm.close(true);
      await drop();
    },
  };
}
