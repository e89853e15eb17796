// `pnpm bench:start [--runs N]`: how long the server takes from start to its first answered GraphQL
// request, on an existing and on a fresh SQLite database (the first start migrates and seeds), as
// `pnpm start` and as the `node scripts/start.mjs` it runs. Prints the median and range of N runs.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function answers(url) {
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * Starts the server with `command` (default `node scripts/start.mjs`) on the SQLite file `database`
 * and resolves once it answers a GraphQL request, with the milliseconds that took since the spawn.
 */
export async function startServer(database, { command = ['node', 'scripts/start.mjs'], env = {} } = {}) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  const started = performance.now();
  const server = spawn(command[0], command.slice(1), {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), DATABASE_URL: `sqlite:${database}` },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so that stopping it stops pnpm's child too.
    detached: true,
  });
  for (const stream of [server.stdout, server.stderr]) stream.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => server.once('exit', resolve));
  while (!(await answers(url))) {
    if (server.exitCode !== null) throw new Error(`The server exited (${server.exitCode}):\n${output}`);
    if (performance.now() - started > 120_000) throw new Error(`No answer within 2 minutes:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const ms = performance.now() - started;
  return {
    url,
    ms,
    /** Whether a build ran first, the sources being newer than the build. */
    built: output.includes('Building'),
    async stop() {
      process.kill(-server.pid, 'SIGTERM');
      await exited;
    },
  };
}

const seconds = (ms) => (ms / 1000).toFixed(2);

export function summary(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  return `${seconds(median)} s (${seconds(sorted[0])}–${seconds(sorted.at(-1))})`;
}

async function main() {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
  const runs = Number(values.runs);
  const dir = mkdtempSync(join(tmpdir(), 'mujtama-bench-start-'));
  const env = { ADMIN_EMAIL: 'bench@example.org', ADMIN_PASSWORD: 'Bench-Start-2026!' };
  try {
    const existing = join(dir, 'existing.sqlite');
    // Builds what is stale, creates the existing database and fills the file cache; not counted.
    const warmup = await startServer(existing, { env });
    await warmup.stop();
    const commands = [
      ['pnpm start', ['pnpm', 'start']],
      ['node scripts/start.mjs', ['node', 'scripts/start.mjs']],
    ];
    const rows = [];
    let fresh = 0;
    for (const [name, command] of commands) {
      const times = { existing: [], fresh: [] };
      for (let run = 0; run < runs; run++) {
        for (const kind of ['existing', 'fresh']) {
          let server;
          do {
            const database = kind === 'existing' ? existing : join(dir, `fresh-${fresh++}.sqlite`);
            server = await startServer(database, { command, env });
            await server.stop();
            // The sources changed meanwhile: this start built the server first, so it does not count.
          } while (server.built);
          times[kind].push(server.ms);
          process.stderr.write(`${name}, ${kind} database: ${seconds(server.ms)} s\n`);
        }
      }
      rows.push(`| \`${name}\` | ${summary(times.existing)} | ${summary(times.fresh)} |`);
    }
    console.log(`Start to first answered /graphql request, median (min–max) of ${runs}:\n`);
    console.log('| command | existing SQLite database | fresh SQLite database (migrate + seed) |');
    console.log('| --- | --- | --- |');
    for (const row of rows) console.log(row);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
