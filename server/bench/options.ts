import { parseArgs } from 'node:util';

export interface BenchOptions {
  /** Fraction of the national data set (1 = 200,000 people, 1,000,000 sessions). */
  scale: number;
  /** Seconds of each measured run. */
  duration: number;
  /** Seconds of closed-loop load before each measured run. */
  warmup: number;
  rounds: number;
  /** Concurrent connections of the closed-loop runs. */
  connections: number;
  /** Keys of the workloads to run (all when empty). */
  workloads: string[];
  /** Reuse a bench database generated at the same scale, and leave it for the next run. */
  keep: boolean;
}

export const usage = `pnpm bench [options]   (server/bench/run.ts)

  --scale <n>        fraction of the national data set, default 1 (200,000 people); 0.02 for a quick run
  --duration <s>     seconds per measured run, default 10
  --warmup <s>       seconds of load before each measured run, default 5
  --rounds <n>       interleaved rounds, default 5
  --connections <n>  connections of the saturation runs, default 16
  --workloads <list> comma-separated subset of: offerings,person,people,roster-update
  --keep             reuse a database generated at the same scale, and keep it afterwards

  BENCH_POSTGRES_URL  a PostgreSQL server to create the bench database on (with pg_stat_statements
                      preloaded for SQL counts); otherwise a private cluster is started and removed`;

function positive(name: string, text: string | undefined, fallback: number, integer = false): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    throw new Error(`--${name} must be a positive ${integer ? 'integer' : 'number'}, not "${text}"`);
  }
  return value;
}

export function parseOptions(args: string[]): BenchOptions | null {
  const { values } = parseArgs({
    args,
    options: {
      scale: { type: 'string' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      rounds: { type: 'string' },
      connections: { type: 'string' },
      workloads: { type: 'string' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return null;
  const scale = positive('scale', values.scale, 1);
  // Below this the people are too few for the coaches and physicians every hundredth person is.
  if (scale < 0.001) throw new Error('--scale must be at least 0.001');
  return {
    scale,
    duration: positive('duration', values.duration, 10),
    warmup: positive('warmup', values.warmup, 5),
    rounds: positive('rounds', values.rounds, 5, true),
    connections: positive('connections', values.connections, 16, true),
    workloads: values.workloads?.split(',').filter(Boolean) ?? [],
    keep: values.keep,
  };
}
