import type { EventEmitter } from 'node:events';
import { Agent, request as httpRequest } from 'node:http';
import autocannon from 'autocannon';
import type { StatementCounter } from './database';
import { type RunningSystem, residentMb } from './systems';
import type { Workload } from './workloads';

/** What one measured run of one workload on one system gave. */
export interface RunResult {
  /** Answered requests per second. */
  rps: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  /** SQL statements per request that got a response; null when not counted. */
  statements: number | null;
  /** PostgreSQL's execution time of those statements per request, ms; null when not counted. */
  databaseMs: number | null;
  /** Failed requests: GraphQL errors, answers without a result, non-2xx, connection errors. */
  errors: number;
  /** Peak resident memory of the server during the run, MB. */
  memory: number;
}

interface Measured {
  /** Requests answered with a result. */
  answered: number;
  /** Requests that got any response (answered or failed). */
  completed: number;
  seconds: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  errors: number;
}

const isFailure = (workload: Workload, status: number, body: string) =>
  status < 200 || status >= 300 || body.includes('"errors"') || !workload.accept(body);

/** Closed loop: `connections` clients, each sending its next request as soon as the answer arrives. */
async function closedLoop(
  system: RunningSystem,
  workload: Workload,
  seconds: number,
  connections: number,
): Promise<Measured> {
  let failures = 0;
  const latencies: number[] = [];
  const tracker = autocannon({
    url: system.url,
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json', ...system.headers },
    requests: [
      {
        setupRequest: (request) => ({ ...request, ...workload.request(system.name) }),
        onResponse: (status, body) => {
          if (isFailure(workload, status, body)) failures++;
        },
      },
    ],
  });
  // autocannon's summary has no p95: every response time is kept instead.
  (tracker as unknown as EventEmitter).on(
    'response',
    (_client: unknown, _status: number, _bytes: number, milliseconds: number) => {
      latencies.push(milliseconds);
    },
  );
  const result = await tracker;
  return {
    answered: result.requests.total - failures,
    completed: result.requests.total,
    seconds: result.duration,
    ...percentiles(latencies),
    errors: failures + result.errors,
  };
}

function percentiles(latencies: number[]) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (fraction: number) =>
    sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] : 0;
  return { p50: at(0.5), p90: at(0.9), p95: at(0.95), p99: at(0.99) };
}

/**
 * Open loop at a fixed rate: requests go out on schedule whether or not earlier ones were answered,
 * and latency counts from the scheduled time, so a server that falls behind shows it in full.
 */
async function openLoop(
  system: RunningSystem,
  workload: Workload,
  seconds: number,
  rate: number,
): Promise<Measured> {
  // Enough connections for a server that falls behind to hold a real queue, few enough not to exhaust ports.
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const latencies: number[] = [];
  let failures = 0;
  let pending = 0;
  const send = (scheduled: number) => {
    const { method, path, body } = workload.request(system.name);
    pending++;
    const done = (status: number, answer: string) => {
      pending--;
      if (isFailure(workload, status, answer)) failures++;
      else latencies.push(performance.now() - scheduled);
    };
    const outgoing = httpRequest(
      `${system.url}${path}`,
      { method, agent, headers: { 'content-type': 'application/json', ...system.headers } },
      (response) => {
        let answer = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          answer += chunk;
        });
        response.on('end', () => done(response.statusCode ?? 0, answer));
      },
    );
    outgoing.on('error', () => done(0, ''));
    outgoing.end(body);
  };
  const start = performance.now();
  const total = Math.round(seconds * rate);
  let sent = 0;
  while (sent < total) {
    const due = Math.min(total, Math.floor(((performance.now() - start) / 1000) * rate) + 1);
    for (; sent < due; sent++) send(start + (sent / rate) * 1000);
    await new Promise((wait) => setTimeout(wait, 1));
  }
  const drainUntil = performance.now() + 30_000;
  while (pending > 0 && performance.now() < drainUntil) await new Promise((wait) => setTimeout(wait, 5));
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  return {
    answered: latencies.length,
    completed: latencies.length + failures,
    seconds: elapsed,
    ...percentiles(latencies),
    errors: failures + pending,
  };
}

export interface RunPlan {
  seconds: number;
  warmup: number;
  connections: number;
  /** Requests per second of an open-loop run; closed loop when absent. */
  rate?: number;
}

/** Warms the server up, then measures one run while counting its SQL and sampling its memory. */
export async function measure(
  system: RunningSystem,
  workload: Workload,
  plan: RunPlan,
  counter: StatementCounter,
): Promise<RunResult> {
  await workload.prepare?.();
  await closedLoop(system, workload, plan.warmup, plan.connections);
  // Lets the server finish what the warm-up left in flight.
  await new Promise((settle) => setTimeout(settle, 250));
  await workload.prepare?.();
  await counter.reset();
  let memory = residentMb(system.pid);
  const sampler = setInterval(() => {
    memory = Math.max(memory, residentMb(system.pid));
  }, 200);
  const run = plan.rate
    ? await openLoop(system, workload, plan.seconds, plan.rate)
    : await closedLoop(system, workload, plan.seconds, plan.connections);
  clearInterval(sampler);
  const sql = run.completed ? await counter.count() : null;
  return {
    rps: run.answered / run.seconds,
    p50: run.p50,
    p90: run.p90,
    p95: run.p95,
    p99: run.p99,
    statements: sql && sql.statements / run.completed,
    databaseMs: sql && sql.milliseconds / run.completed,
    errors: run.errors,
    memory,
  };
}
