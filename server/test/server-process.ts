import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/knex';
import { ensureFirstAdmin } from '../src/auth/bootstrap';
import { createRecord } from '../src/common/records';
import { prepareDatabase } from '../src/database';
import { districtPolicy } from '../src/health/district/district.resolver';
import { openOrm } from '../src/orm';
import { ADMIN, type GraphQLResponse, postGraphQL } from './harness';
import { createScratchDatabase } from './postgres';

/** The API as it runs in production: its own Node process, started by `src/index.ts`. */
export interface ServerProcess {
  url: string;
  port: number;
  /** Everything the process printed so far, for failure messages. */
  output(): string;
  /** Whether the process is still running. */
  alive(): boolean;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
  ): Promise<GraphQLResponse<T>>;
  /** Signs in as the administrator and returns the session token. */
  login(): Promise<string>;
  /** Sends `signal` and waits until the process has exited. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** A port nothing listens on now. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

const serverRoot = join(__dirname, '..');

/**
 * A new database on the PostgreSQL server at `serverUrl`, migrated and holding the administrator and
 * `districts` districts only: server processes start on it at once, as they seed only an empty database.
 */
export async function createServerDatabase(serverUrl: string, districts = 4): Promise<string> {
  const url = await createScratchDatabase(serverUrl);
  const orm = await openOrm({ type: 'postgresql', url });
  try {
    await prepareDatabase(orm, { seed: false });
    await ensureFirstAdmin(orm, { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
    for (let n = 1; n <= districts; n++) {
      await createRecord(orm.em.fork() as EntityManager, districtPolicy, { nameAr: `حي التجربة ${n}` });
    }
  } finally {
    await orm.close(true);
  }
  return url;
}

/**
 * Starts `node src/index.ts` on `databaseUrl` (migrating and seeding it when new) and waits until it
 * listens. Reuse `port` to restart a process where clients expect it.
 */
export async function startServerProcess(
  databaseUrl: string,
  { port, readyWithinMs = 90_000 }: { port?: number; readyWithinMs?: number } = {},
): Promise<ServerProcess> {
  const listenOn = port ?? (await freePort());
  const child: ChildProcess = spawn(process.execPath, ['-r', '@swc-node/register', 'src/index.ts'], {
    cwd: serverRoot,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(listenOn),
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start within ${readyWithinMs} ms:\n${output}`));
    }, readyWithinMs);
    const ready = () => {
      if (!output.includes('Mujtama on')) return;
      clearTimeout(timer);
      child.stdout?.off('data', ready);
      resolve();
    };
    child.stdout?.on('data', ready);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code ?? signal}) before listening:\n${output}`));
    });
  });

  const url = `http://127.0.0.1:${listenOn}`;
  const gql: ServerProcess['gql'] = (query, variables, token) => postGraphQL(url, query, variables, token);
  const alive = () => child.exitCode === null && child.signalCode === null;
  return {
    url,
    port: listenOn,
    output: () => output,
    alive,
    gql,
    async login() {
      const result = await gql<{ login: { token: string } }>(
        'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
        ADMIN,
      );
      if (!result.data) throw new Error(`login failed: ${JSON.stringify(result.errors)}`);
      return result.data.login.token;
    },
    async kill(signal = 'SIGTERM') {
      if (!alive()) return;
      child.kill(signal);
      await exited;
    },
  };
}
