import type { RunResult } from './load';
import { type SystemName, systemNames, type Workload } from './workloads';

/** The runs of every workload on every system, in round order. */
export class Results {
  private readonly runs = new Map<string, RunResult[]>();

  add(workload: Workload, system: SystemName, result: RunResult) {
    const key = `${workload.key}|${system}`;
    this.runs.set(key, [...(this.runs.get(key) ?? []), result]);
  }

  of(workload: Workload, system: SystemName): RunResult[] {
    return this.runs.get(`${workload.key}|${system}`) ?? [];
  }
}

export function median(values: number[]): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const number = (value: number, decimals = 1) =>
  Number.isFinite(value)
    ? value.toLocaleString('en', { maximumFractionDigits: decimals, minimumFractionDigits: decimals })
    : '–';

const rate = (value: number) => number(value, value >= 100 ? 0 : 1);

/** Median rate, with the range over rounds when there are several. */
const spread = (values: number[]) =>
  values.length > 1
    ? `${rate(median(values))} (${rate(Math.min(...values))}–${rate(Math.max(...values))})`
    : rate(median(values));

/** Median and range over rounds of `value(Mujtama) / value(other)`, each round against the same round. */
function ratio(mujtama: RunResult[], other: RunResult[], value: (run: RunResult) => number): string {
  const ratios = mujtama
    .map((run, round) => (other[round] ? value(run) / value(other[round]) : Number.NaN))
    .filter(Number.isFinite);
  if (!ratios.length) return '–';
  const format = (value: number) => (value >= 0.1 ? value.toFixed(2) : value.toPrecision(2));
  return `${format(median(ratios))} (${format(Math.min(...ratios))}–${format(Math.max(...ratios))})`;
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function detail(results: Results, workloads: Workload[], targets?: Map<string, number>): string {
  const rows = workloads.flatMap((workload) =>
    systemNames.map((system, index) => {
      const runs = results.of(workload, system);
      const counted = (value: (run: RunResult) => number | null) => {
        const values = runs.map(value).filter((counts) => counts !== null);
        return values.length ? number(median(values)) : 'n/a';
      };
      return [
        index === 0 ? workload.title : '',
        ...(targets ? [index === 0 ? rate(targets.get(workload.key) ?? Number.NaN) : ''] : []),
        system,
        spread(runs.map((run) => run.rps)),
        number(median(runs.map((run) => run.p50))),
        number(median(runs.map((run) => run.p90))),
        number(median(runs.map((run) => run.p95))),
        number(median(runs.map((run) => run.p99))),
        counted((run) => run.statements),
        counted((run) => run.databaseMs),
        String(runs.reduce((sum, run) => sum + run.errors, 0)),
        number(Math.max(...runs.map((run) => run.memory)), 0),
      ];
    }),
  );
  return table(
    [
      'workload',
      ...(targets ? ['target req/s'] : []),
      'system',
      'req/s (range)',
      'p50 ms',
      'p90 ms',
      'p95 ms',
      'p99 ms',
      'SQL/req',
      'DB ms/req',
      'errors',
      'RSS MB',
    ],
    rows,
  );
}

function ratios(saturation: Results, fixedRate: Results, workloads: Workload[]): string {
  const rows = workloads.map((workload) => {
    const [mujtama, peer, floor] = systemNames.map((system) => saturation.of(workload, system));
    const [mujtamaFixed, peerFixed, floorFixed] = systemNames.map((system) => fixedRate.of(workload, system));
    const rps = (run: RunResult) => run.rps;
    // Inverted so that, as for throughput, above 1 means Mujtama is ahead.
    const speed = (run: RunResult) => 1 / run.p50;
    return [
      workload.title,
      ratio(mujtama, peer, rps),
      ratio(mujtama, floor, rps),
      ratio(mujtamaFixed, peerFixed, speed),
      ratio(mujtamaFixed, floorFixed, speed),
    ];
  });
  return table(
    [
      'workload',
      'req/s Mujtama/PostGraphile',
      'req/s Mujtama/SQL',
      'p50 PostGraphile/Mujtama (fixed rate)',
      'p50 SQL/Mujtama (fixed rate)',
    ],
    rows,
  );
}

export interface Report {
  preamble: string[];
  workloads: Workload[];
  saturation: Results;
  fixedRate: Results;
  /** Requests per second of each workload's fixed-rate runs. */
  targets: Map<string, number>;
  connections: number;
  seconds: number;
  rounds: number;
  notes: string[];
}

export function formatReport(report: Report): string {
  const { workloads, connections, seconds, rounds } = report;
  return [
    ...report.preamble,
    '',
    `## Saturation: closed loop (autocannon), ${connections} connections, ${seconds} s per run, ${rounds} interleaved rounds`,
    'Medians over rounds (req/s with its range); errors summed; RSS is the server’s peak. autocannon reports whole milliseconds.',
    '',
    detail(report.saturation, workloads),
    '',
    `## Fixed rate: half of PostGraphile’s median saturation rate, open loop, ${seconds} s per run, ${rounds} rounds`,
    'Latency counts from each request’s scheduled send time, so a server that falls behind the rate shows it; ' +
      'requests still unanswered 30 s after the run count as errors.',
    '',
    detail(report.fixedRate, workloads, report.targets),
    '',
    '## Ratios per round, then median (min–max) over rounds; above 1 means Mujtama is ahead',
    '',
    ratios(report.saturation, report.fixedRate, workloads),
    '',
    ...report.notes.map((note) => `- ${note}`),
  ].join('\n');
}
