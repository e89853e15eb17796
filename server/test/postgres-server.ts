import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

export interface PostgresServer {
  url: string;
  stop: () => Promise<void>;
}

export interface PrivatePostgresServer extends PostgresServer {
  /** Stops the cluster, dropping every connection, and starts it again on the same port. */
  restart: () => Promise<void>;
}

function postgresBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  if (!versions.length) {
    throw new Error(
      'PostgreSQL is not installed: `apt-get install postgresql`, or set TEST_POSTGRES_URL to a server.',
    );
  }
  return join(root, versions[0], 'bin');
}

const execFileAsync = promisify(execFile);

/** initdb refuses to run as root, so the private cluster runs as the `postgres` user then. */
async function run(command: string, args: string[]) {
  const [file, argv] =
    process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  try {
    await execFileAsync(file, argv, { encoding: 'utf8' });
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    throw new Error(`${command} failed: ${stderr || stdout}`);
  }
}

/** A throwaway cluster on a free port, stopped and deleted afterwards. */
export async function startPrivatePostgres(): Promise<PrivatePostgresServer> {
  const bin = postgresBin();
  const dir = mkdtempSync(join(tmpdir(), 'mujtama-pg-'));
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres', dir]);
  else chownSync(dir, process.getuid?.() ?? 0, process.getgid?.() ?? 0);
  const port = 56000 + Math.floor(Math.random() * 4000);
  await run(join(bin, 'initdb'), ['-D', dir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  const pgCtl = (...args: string[]) => run(join(bin, 'pg_ctl'), ['-D', dir, '-w', ...args]);
  await pgCtl(
    '-l',
    join(dir, 'log'),
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`,
    'start',
  );
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    restart: () => pgCtl('-l', join(dir, 'log'), '-m', 'fast', 'restart'),
    stop: async () => {
      await pgCtl('-m', 'fast', 'stop');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The server in TEST_POSTGRES_URL, or a private cluster. */
export async function startPostgres(): Promise<PostgresServer> {
  if (process.env.TEST_POSTGRES_URL) return { url: process.env.TEST_POSTGRES_URL, stop: async () => {} };
  return startPrivatePostgres();
}
