import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { benchAdmin } from './generate';
import type { SystemName } from './workloads';

/** Connections every server keeps to PostgreSQL; Mujtama's own pool (orm.ts) has this size. */
export const POOL_SIZE = 10;

export const serverDir = resolve(__dirname, '..');
export const logDir = join(tmpdir(), 'mujtama-bench-logs');

/** The Node of the `node` devDependency: PostGraphile 5 needs 22, and every server runs on the same one. */
export const nodeBinary = join(dirname(require.resolve('node/package.json')), 'bin', 'node');

export interface RunningSystem {
  name: SystemName;
  url: string;
  pid: number;
  /** Headers every request carries (Mujtama's sign-in). */
  headers: Record<string, string>;
  stop: () => Promise<void>;
}

/** Mujtama runs its production build (`pnpm build`); the peers' small servers run from TypeScript. */
const commands: Record<SystemName, string[]> = {
  Mujtama: ['dist/index.js'],
  PostGraphile: ['-r', '@swc-node/register', 'bench/postgraphile-server.ts'],
  SQL: ['-r', '@swc-node/register', 'bench/sql-server.ts'],
};

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject()));
    });
  });
}

async function post(url: string, body: object, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, text: await response.text() };
}

/** Whether the server answers: a GraphQL `__typename`, or the floor's health check. */
async function answers(name: SystemName, url: string): Promise<boolean> {
  try {
    if (name === 'SQL') return (await fetch(`${url}/health`)).ok;
    return (await post(`${url}/graphql`, { query: '{ __typename }' })).status === 200;
  } catch {
    return false;
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolveStop) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolveStop();
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolveStop();
    });
    child.kill('SIGTERM');
  });
}

let current: ChildProcess | null = null;

/** Stops the server that is running, if any (on Ctrl-C). */
export const stopCurrent = () => (current ? stopChild(current) : Promise.resolve());

async function signIn(url: string): Promise<Record<string, string>> {
  const { text } = await post(`${url}/graphql`, {
    query:
      'mutation SignIn($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    variables: benchAdmin,
  });
  const token = (JSON.parse(text) as { data?: { login?: { token?: string } } }).data?.login?.token;
  if (!token) throw new Error(`Mujtama refused the bench administrator: ${text}`);
  return { authorization: `Bearer ${token}` };
}

/** Starts one server in production mode on the bench database and waits until it answers. */
export async function startSystem(name: SystemName, databaseUrl: string): Promise<RunningSystem> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  mkdirSync(logDir, { recursive: true });
  const logPath = join(logDir, `${name}.log`);
  const log = createWriteStream(logPath, { flags: 'a' });
  const child = spawn(nodeBinary, commands[name], {
    cwd: serverDir,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      POOL_SIZE: String(POOL_SIZE),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  child.once('close', () => log.end());
  current = child;
  const stop = async () => {
    await stopChild(child);
    current = null;
  };
  const deadline = Date.now() + 120_000;
  while (!(await answers(name, url))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`${name} did not start; see ${logPath}`);
    }
    await new Promise((wait) => setTimeout(wait, 250));
  }
  const headers = name === 'Mujtama' ? await signIn(url) : {};
  return { name, url, pid: child.pid!, headers, stop };
}

/** Resident memory of a process in MB, or 0 once it is gone. */
export function residentMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}
