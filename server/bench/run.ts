import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { type BenchDatabase, openBenchDatabase, StatementCounter, withClient, writeMarker } from './database';
import { applyExtras } from './extras';
import { generate, type Sizes, sizesAt } from './generate';
import { measure, type RunPlan } from './load';
import { type BenchOptions, parseOptions, usage } from './options';
import { formatReport, median, Results } from './report';
import {
  logDir,
  nodeBinary,
  POOL_SIZE,
  type RunningSystem,
  serverDir,
  startSystem,
  stopCurrent,
} from './systems';
import { recordsIn, type SystemName, seededRandom, systemNames, type Workload, workloads } from './workloads';

/** Bumped whenever the generator changes, so that `--keep` does not reuse a database made differently. */
const GENERATOR_VERSION = 2;

const progress = (line: string) => process.stderr.write(`${line}\n`);

/** Roster entries updated so far (in this run or, with --keep, earlier ones), with their current version. */
async function currentVersions(url: string): Promise<Map<number, number>> {
  const { rows } = await withClient(url, (client) =>
    client.query<{ id: number; version: number }>('select id, version from roster_entry where version > 1'),
  );
  return new Map(rows.map((row) => [row.id, row.version]));
}

const PROBES = 5;

/** Records in each system's answers to the same few read requests (not the update: it would write). */
async function probe(system: RunningSystem, sizes: Sizes, counts: Map<string, Map<SystemName, number>>) {
  for (const workload of workloads(sizes, async () => new Map(), seededRandom(7))) {
    if (workload.key === 'roster-update') continue;
    let records = 0;
    for (let index = 0; index < PROBES; index++) {
      const { method, path, body } = workload.request(system.name);
      const response = await fetch(`${system.url}${path}`, {
        method,
        body,
        headers: { 'content-type': 'application/json', ...system.headers },
      });
      records += recordsIn(await response.text());
    }
    const perSystem = counts.get(workload.title) ?? new Map<SystemName, number>();
    perSystem.set(system.name, records);
    counts.set(workload.title, perSystem);
  }
}

/**
 * Rounds of every workload on every system, one server running at a time, the order of the systems
 * rotating from round to round so that none always runs first.
 */
async function runRounds(
  database: BenchDatabase,
  selected: Workload[],
  plan: (workload: Workload) => RunPlan,
  rounds: number,
  label: string,
  onStart?: (system: RunningSystem) => Promise<void>,
): Promise<Results> {
  const results = new Results();
  const counter = await StatementCounter.open(database);
  try {
    for (let round = 0; round < rounds; round++) {
      const order = systemNames.map((_, index) => systemNames[(index + round) % systemNames.length]);
      for (const name of order) {
        const system = await startSystem(name, database.url);
        try {
          if (round === 0) await onStart?.(system);
          for (const workload of selected) {
            const result = await measure(system, workload, plan(workload), counter);
            results.add(workload, name, result);
            progress(
              `  ${label} round ${round + 1}/${rounds} ${name.padEnd(12)} ${workload.key.padEnd(14)} ` +
                `${result.rps.toFixed(1)} req/s, p50 ${result.p50.toFixed(1)} ms, errors ${result.errors}`,
            );
          }
        } finally {
          await system.stop();
        }
      }
    }
  } finally {
    await counter.close();
  }
  return results;
}

function preamble(
  options: BenchOptions,
  sizes: Sizes,
  generation: string,
  postgres: string,
  loadAtStart: number,
): string[] {
  const node = execFileSync(nodeBinary, ['--version'], { encoding: 'utf8' }).trim();
  const rows = Object.entries(sizes)
    .map(([table, count]) => `${count.toLocaleString('en')} ${table}`)
    .join(', ');
  return [
    '# Mujtama benchmark',
    '',
    `Data set at scale ${options.scale}: ${rows}; ${generation}.`,
    `Every server on Node ${node} (NODE_ENV=production), pool of ${POOL_SIZE}, PostgreSQL ${postgres}, ` +
      `${cpus().length} CPUs shared by the server, PostgreSQL and the load generator. ` +
      `Warm-up ${options.warmup} s closed loop before each run. ` +
      // Anything else running on the machine skews the figures; this says how busy it was.
      `Load average (1 min) at start ${loadAtStart.toFixed(1)}, at end ${loadavg()[0].toFixed(1)}.`,
  ];
}

const notes = [
  'Mujtama runs its production build (server/dist, compiled by `pnpm build`); PostGraphile’s and SQL’s servers load their TypeScript through @swc-node/register.',
  'Mujtama answers as the bench administrator, so each request also looks up its session (1 statement); PostGraphile and SQL serve without sign-in.',
  'Person: Mujtama writes an access entry per coaching session it returns (personal health records), in the reading statement; the others write nothing.',
  'Update: Mujtama runs updateRosterEntry (version check and audit row in one statement after reading the row). PostGraphile runs bench_update_roster_entry, a SQL function doing the same in one statement; its generated updateRosterEntryByRowId would check no version and write no audit row. SQL runs that statement directly.',
  'Person: every system returns the last 20 sessions of each enrollment, newest first.',
  'Search: Mujtama’s `q` filter is `strpos(search_key, word) > 0`; PostGraphile gets the same condition as the SQL function search_people, and SQL inline.',
  'SQL/req counts every statement pg_stat_statements records for the bench database, BEGIN and COMMIT included; DB ms/req is their execution time in PostgreSQL (planning, network and the server’s own work excluded).',
  `Server logs: ${logDir}.`,
];

async function main() {
  let options: BenchOptions | null;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    process.exitCode = 2;
    return;
  }
  if (!options) {
    console.log(usage);
    return;
  }
  const loadAtStart = loadavg()[0];
  const sizes = sizesAt(options.scale);
  const marker = `mujtama-bench/${GENERATOR_VERSION} scale=${options.scale}`;
  console.error('Building the server (dist/)');
  execFileSync(nodeBinary, ['build.mjs'], { cwd: serverDir, stdio: 'inherit' });
  const database = await openBenchDatabase(options.keep, marker);
  const interrupt = () => {
    void stopCurrent()
      .then(() => database.close())
      .finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  try {
    let generation = 'reused from an earlier run (--keep)';
    if (!database.reused) {
      progress(`Generating the data set at scale ${options.scale} into ${database.url}`);
      const started = Date.now();
      await generate(database.url, sizes, progress);
      generation = `generated in ${((Date.now() - started) / 1000).toFixed(0)} s`;
      await writeMarker(database.url, marker);
    }
    await applyExtras(database.url);
    const postgres = await withClient(database.url, async (client) => {
      const { rows } = await client.query<{ server_version: string }>('show server_version');
      return rows[0].server_version;
    });
    const all = workloads(sizes, () => currentVersions(database.url));
    const selected = options.workloads.length
      ? all.filter((workload) => options.workloads.includes(workload.key))
      : all;
    if (!selected.length)
      throw new Error(`No workload among: ${all.map((workload) => workload.key).join(', ')}`);

    const base = { seconds: options.duration, warmup: options.warmup, connections: options.connections };
    const probes = new Map<string, Map<SystemName, number>>();
    const saturation = await runRounds(
      database,
      selected,
      () => base,
      options.rounds,
      'saturation',
      (system) => probe(system, sizes, probes),
    );
    const targets = new Map(
      selected.map((workload) => [
        workload.key,
        Math.max(1, Math.round(median(saturation.of(workload, 'PostGraphile').map((run) => run.rps)) / 2)),
      ]),
    );
    const fixedRate = await runRounds(
      database,
      selected,
      (workload) => ({ ...base, rate: targets.get(workload.key) }),
      options.rounds,
      'fixed rate',
    );
    const probeNotes = [...probes].map(
      ([title, counts]) =>
        `Records in the answers to the same ${PROBES} requests, ${title}: ${systemNames.map((name) => `${name} ${counts.get(name)}`).join(', ')}.`,
    );
    console.log(
      formatReport({
        preamble: preamble(options, sizes, generation, postgres, loadAtStart),
        workloads: selected,
        saturation,
        fixedRate,
        targets,
        connections: options.connections,
        seconds: options.duration,
        rounds: options.rounds,
        notes: [...notes, ...probeNotes],
      }),
    );
  } finally {
    await database.close();
  }
}

main().catch(async (error: unknown) => {
  console.error(error);
  await stopCurrent();
  process.exit(1);
});
