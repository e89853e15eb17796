import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const serverDir = fileURLToPath(new URL('../../server/', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitUntilAnswering(url: string, server: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The server exited (${server.exitCode}):\n${log()}`);
    try {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
      });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server did not answer within 2 minutes:\n${log()}`);
}

/**
 * Browser tests drive the product as people start it: the real server on a fresh, seeded SQLite
 * database, serving the built admin. MUJTAMA_URL (with ADMIN_EMAIL/ADMIN_PASSWORD) points the tests
 * at a server of your own instead.
 */
export default async function setup() {
  if (process.env.MUJTAMA_URL) return undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'mujtama-browser-'));
  const port = await freePort();
  const credentials = { ADMIN_EMAIL: 'browser-admin@example.org', ADMIN_PASSWORD: 'Browser-Tests-2026!' };
  let output = '';
  const server = spawn(process.execPath, ['-r', '@swc-node/register', 'src/index.ts'], {
    cwd: serverDir,
    env: {
      ...process.env,
      ...credentials,
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: `sqlite:${join(dataDir, 'browser.sqlite')}`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [server.stdout, server.stderr])
    stream?.on('data', (chunk: Buffer) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  await waitUntilAnswering(url, server, () => output);
  Object.assign(process.env, credentials, { MUJTAMA_URL: url });
  return async () => {
    server.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
    if (server.exitCode === null) server.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  };
}
