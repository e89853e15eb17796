import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL } from './harness';
import { type PrivatePostgresServer, startPrivatePostgres } from './postgres-server';
import { createServerDatabase, type ServerProcess, startServerProcess } from './server-process';

interface District {
  id: string;
  nameEn: string | null;
  version: number;
}

interface AuditSnapshot {
  nameEn: string | null;
  version: number;
}

const updateDistrict = `mutation ($id: ID!, $nameEn: String) {
  updateDistrict(id: $id, input: { nameEn: $nameEn }) { version }
}`;
const readDistricts =
  '{ districts(first: 8, orderBy: [{ field: ID, direction: ASC }]) { nodes { id nameEn version } } }';

const numbered = (n: number) => `update ${n}`;
const numberOf = (nameEn: string | null) => Number(/^update (\d+)$/.exec(nameEn ?? '')?.[1] ?? Number.NaN);

/** A request that got no answer at all: the process was gone or the connection dropped. */
const isNetworkFailure = (error: unknown) => error instanceof TypeError && /fetch failed/.test(error.message);

/**
 * Crashes and outages: the API as a real process on a private PostgreSQL cluster (the shared one
 * must not be restarted), killed with SIGKILL and cut off from its database under load.
 */
describe('faults (PostgreSQL, server as a child process)', () => {
  let postgres: PrivatePostgresServer;
  let databaseUrl: string;
  let server: ServerProcess;
  let token: string;
  let districts: District[];

  beforeAll(async () => {
    postgres = await startPrivatePostgres();
    databaseUrl = await createServerDatabase(postgres.url, 8);
    server = await startServerProcess(databaseUrl);
    token = await server.login();
    const result = await server.gql<{ districts: { nodes: District[] } }>(readDistricts, {}, token);
    districts = result.data!.districts.nodes;
  });
  afterAll(async () => {
    await server?.kill();
    await postgres?.stop();
  });

  it('keeps every update it acknowledged, whole, through a SIGKILL in the middle of 1,000', async () => {
    const total = 1_000;
    const killAt = 400;
    const sentTo = new Map<number, string>();
    const acknowledged = new Set<number>();
    const unanswered = new Set<number>();
    const errors: string[] = [];
    let next = 1;
    let restarted: Promise<void> | null = null;

    const killAndRestart = async () => {
      await server.kill('SIGKILL');
      server = await startServerProcess(databaseUrl, { port: server.port });
    };
    // Each worker updates its own district, so the updates of one district apply in the order sent.
    const worker = async (district: District) => {
      for (let n = next++; n <= total; n = next++) {
        sentTo.set(n, district.id);
        try {
          const result = await postGraphQL(
            server.url,
            updateDistrict,
            { id: district.id, nameEn: numbered(n) },
            token,
          );
          if (result.errors) errors.push(`${n}: ${JSON.stringify(result.errors)}`);
          else acknowledged.add(n);
          if (acknowledged.size === killAt) restarted = killAndRestart();
        } catch (error) {
          if (!isNetworkFailure(error)) throw error;
          unanswered.add(n);
          await restarted;
        }
      }
    };
    await Promise.all(districts.map(worker));
    await restarted;
    expect(errors).toEqual([]);
    expect(acknowledged.size + unanswered.size).toBe(total);
    expect(unanswered.size, 'the kill caught updates in flight').toBeGreaterThan(0);

    for (const district of districts) {
      const { data } = await server.gql<{
        district: District;
        auditEntries: { nodes: { action: string; before: AuditSnapshot; after: AuditSnapshot }[] };
      }>(
        `query ($id: ID!) {
          district(id: $id) { id nameEn version }
          auditEntries(filter: { entityType: "District", entityId: $id }, first: 500) { nodes { action before after } }
        }`,
        { id: district.id },
        token,
      );
      const entries = [...data!.auditEntries.nodes].reverse();
      expect(entries.every((entry) => entry.action === 'UPDATE')).toBe(true);
      const applied = entries.map((entry) => numberOf(entry.after.nameEn));
      const mine = (numbers: Set<number>) => [...numbers].filter((n) => sentTo.get(n) === district.id);

      expect(applied).toEqual([...applied].sort((a, b) => a - b));
      expect(applied).toEqual(expect.arrayContaining(mine(acknowledged)));
      for (const n of applied) expect(acknowledged.has(n) || unanswered.has(n)).toBe(true);
      // One audit entry per version step, none missing: no change was stored without its entry, or the reverse.
      entries.forEach((entry, i) => {
        expect(entry.before.version).toBe(district.version + i);
        expect(entry.after.version).toBe(district.version + i + 1);
      });
      expect(data!.district.version).toBe(district.version + entries.length);
      expect(data!.district.nameEn).toBe(entries.at(-1)?.after.nameEn);
    }
  });

  it('recovers by itself within 10 s when PostgreSQL restarts under load', async () => {
    const outcomes: { at: number; ok: boolean }[] = [];
    let restartedAt = Number.POSITIVE_INFINITY;
    const streak = () => {
      const last = outcomes.findLastIndex((outcome) => !outcome.ok);
      return outcomes.slice(last + 1).filter((outcome) => outcome.at > restartedAt);
    };
    const settled = () => streak().length >= 50 || performance.now() - restartedAt > 15_000;
    const load = async (district: District) => {
      for (let n = 1; !settled(); n++) {
        const result = await postGraphQL(
          server.url,
          updateDistrict,
          { id: district.id, nameEn: numbered(n) },
          token,
        );
        outcomes.push({ at: performance.now(), ok: !result.errors });
      }
    };
    const running = Promise.all(districts.map(load));
    await expect.poll(() => outcomes.length, { timeout: 10_000 }).toBeGreaterThan(20);
    await postgres.restart();
    restartedAt = performance.now();
    await running;

    expect(
      outcomes.some((outcome) => !outcome.ok),
      'the restart interrupted the load',
    ).toBe(true);
    expect(server.alive(), server.output()).toBe(true);
    const recovered = streak();
    expect(recovered.length, 'requests answered correctly after the restart').toBeGreaterThanOrEqual(50);
    expect(recovered[0].at - restartedAt).toBeLessThan(10_000);
  });
});
