import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { startPostgres } from '../test/postgres-server';

/** The PostgreSQL the bench runs on and the database it generates there. */
export interface BenchDatabase {
  /** URL of the bench database. */
  url: string;
  /** Whether the database was kept from an earlier run with the same data set. */
  reused: boolean;
  /** Whether `pg_stat_statements` is loaded, so statements per request can be counted. */
  countsStatements: boolean;
  close: () => Promise<void>;
}

const DATABASE = 'mujtama_bench';

function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Runs `work` on a connection of its own to `url`. */
export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** `pg_ctl` has to run as the cluster's owner, which is `postgres` when the bench runs as root. */
function pgCtl(bin: string, args: string[]) {
  const command = join(bin, 'pg_ctl');
  const result =
    process.getuid?.() === 0
      ? spawnSync('runuser', ['-u', 'postgres', '--', command, ...args], { encoding: 'utf8' })
      : spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(`pg_ctl ${args.join(' ')} failed: ${result.stderr || result.stdout}`);
}

/**
 * A private cluster like the tests' one, restarted with `pg_stat_statements` preloaded and memory
 * for the data set (PostgreSQL's 128 MB default would measure the disk, not the servers).
 */
async function startPrivateCluster(): Promise<{ url: string; stop: () => Promise<void> }> {
  // startPostgres hands back TEST_POSTGRES_URL when set; the bench restarts its cluster, so it must
  // be its own.
  delete process.env.TEST_POSTGRES_URL;
  const cluster = await startPostgres();
  try {
    const [dataDir, bin] = await withClient(cluster.url, async (client) => {
      for (const setting of [
        "shared_preload_libraries = 'pg_stat_statements'",
        "shared_buffers = '1GB'",
        "maintenance_work_mem = '512MB'",
        "max_wal_size = '8GB'",
      ]) {
        await client.query(`alter system set ${setting}`);
      }
      const directory = await client.query<{ setting: string }>(
        "select current_setting('data_directory') as setting",
      );
      const binaries = await client.query<{ setting: string }>(
        "select setting from pg_config where name = 'BINDIR'",
      );
      return [directory.rows[0].setting, binaries.rows[0].setting];
    });
    pgCtl(bin, ['-D', dataDir, '-l', join(dataDir, 'log'), '-w', '-m', 'fast', 'restart']);
    return cluster;
  } catch (error) {
    await cluster.stop();
    throw error;
  }
}

/** The extension lives in its own schema so that PostGraphile, which exposes `public`, does not see it. */
async function enableStatementStats(url: string): Promise<boolean> {
  return withClient(url, async (client) => {
    try {
      await client.query('create schema if not exists bench');
      await client.query('create extension if not exists pg_stat_statements with schema bench');
      await client.query('select bench.pg_stat_statements_reset()');
      return true;
    } catch (error) {
      console.warn(`SQL statements will not be counted: ${(error as Error).message}`);
      return false;
    }
  });
}

/**
 * Opens the server in BENCH_POSTGRES_URL, or a private cluster. With `keep`, a bench database whose
 * comment is `marker` (the data set it holds) is reused and stays after the run (a private cluster
 * keeps running); otherwise the database is created afresh and dropped at the end.
 */
export async function openBenchDatabase(keep: boolean, marker: string): Promise<BenchDatabase> {
  const shared = process.env.BENCH_POSTGRES_URL;
  const cluster = shared ? null : await startPrivateCluster();
  const serverUrl = shared ?? cluster!.url;
  const url = withDatabase(serverUrl, DATABASE);
  let reused: boolean;
  let countsStatements: boolean;
  try {
    reused = await withClient(serverUrl, async (client) => {
      const { rows } = await client.query<{ marker: string | null }>(
        "select shobj_description(oid, 'pg_database') as marker from pg_database where datname = $1",
        [DATABASE],
      );
      if (keep && rows[0]?.marker === marker) return true;
      if (rows.length) await client.query(`drop database ${DATABASE} with (force)`);
      await client.query(`create database ${DATABASE}`);
      return false;
    });
    countsStatements = await enableStatementStats(url);
  } catch (error) {
    await cluster?.stop();
    throw error;
  }
  return {
    url,
    reused,
    countsStatements,
    close: async () => {
      if (keep) {
        if (cluster)
          console.warn(`The cluster keeps running; reuse it with BENCH_POSTGRES_URL=${serverUrl} --keep`);
        return;
      }
      if (cluster) return cluster.stop();
      await withClient(serverUrl, (client) => client.query(`drop database ${DATABASE} with (force)`));
    },
  };
}

/** Records, once generation completed, which data set the database holds. */
export async function writeMarker(url: string, marker: string): Promise<void> {
  await withClient(url, (client) =>
    client.query(`comment on database ${DATABASE} is '${marker.replace(/'/g, "''")}'`),
  );
}

/** Counts the statements the servers run on the bench database, between resets. */
export class StatementCounter {
  private constructor(
    private readonly client: Client | null,
    private readonly databaseUrl: string,
  ) {}

  static async open(database: BenchDatabase): Promise<StatementCounter> {
    if (!database.countsStatements) return new StatementCounter(null, database.url);
    const client = new Client({ connectionString: database.url });
    await client.connect();
    return new StatementCounter(client, database.url);
  }

  async reset(): Promise<void> {
    await this.client?.query('select bench.pg_stat_statements_reset()');
  }

  /** Statements and their execution time since the last reset (the counter's own left out), or null. */
  async count(): Promise<{ statements: number; milliseconds: number } | null> {
    if (!this.client) return null;
    const { rows } = await this.client.query<{ calls: string; milliseconds: number }>(
      `select coalesce(sum(s.calls), 0) as calls, coalesce(sum(s.total_exec_time), 0) as milliseconds
         from bench.pg_stat_statements s join pg_database d on d.oid = s.dbid
        where d.datname = $1 and s.query not like '%pg_stat_statements%'`,
      [new URL(this.databaseUrl).pathname.slice(1)],
    );
    return { statements: Number(rows[0].calls), milliseconds: rows[0].milliseconds };
  }

  async close(): Promise<void> {
    await this.client?.end();
  }
}
