import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ensureFirstAdmin } from '../src/auth/bootstrap';
import { createRecord } from '../src/common/records';
import { countRows, selectRows } from '../src/common/rows';
import { loadConfig } from '../src/config';
import { prepareDatabase } from '../src/database';
import { District } from '../src/health/district/district.entity';
import { districtPolicy } from '../src/health/district/district.resolver';
import { openOrm } from '../src/orm';
import { createScratchDatabase, dropScratchDatabase } from './postgres';

const ONLY_ON_REPLICA = 'حي في النسخة وحدها';
const WRITTEN = 'حي كتب بعد البدء';

async function districtsNamed(url: string, nameAr: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query('select count(*)::int as n from district where name_ar = $1', [
      nameAr,
    ]);
    return rows[0].n;
  } finally {
    await client.end();
  }
}

describe('DATABASE_REPLICA_URLS', () => {
  it('lists the read replicas of a PostgreSQL database, and is refused beside SQLite', () => {
    const env = { DATABASE_URL: 'postgres://app@primary/mujtama' };
    const urls = ' postgres://app@replica-1/mujtama, postgres://app@replica-2/mujtama ';
    expect(loadConfig({ ...env, DATABASE_REPLICA_URLS: urls }).database).toEqual({
      type: 'postgresql',
      url: 'postgres://app@primary/mujtama',
      replicaUrls: ['postgres://app@replica-1/mujtama', 'postgres://app@replica-2/mujtama'],
    });
    expect(loadConfig(env).database).toEqual({ type: 'postgresql', url: 'postgres://app@primary/mujtama' });
    expect(() => loadConfig({ DATABASE_REPLICA_URLS: urls })).toThrow(/PostgreSQL DATABASE_URL/);
    expect(() => loadConfig({ ...env, DATABASE_REPLICA_URLS: 'sqlite:replica.sqlite' })).toThrow(/postgres:/);
  });
});

/**
 * The replica is a second database on the same server with the same schema and different rows, so
 * the rows a read returns tell which database answered it.
 */
describe('a PostgreSQL read replica', () => {
  let primaryUrl: string;
  let replicaUrl: string;
  let orm: MikroORM;
  const em = () => orm.em.fork() as EntityManager;

  beforeAll(async () => {
    const server = inject('postgresServerUrl');
    [primaryUrl, replicaUrl] = await Promise.all([
      createScratchDatabase(server),
      createScratchDatabase(server),
    ]);
    const replica = await openOrm({ type: 'postgresql', url: replicaUrl });
    try {
      await prepareDatabase(replica, { seed: false });
      await createRecord(replica.em.fork() as EntityManager, districtPolicy, { nameAr: ONLY_ON_REPLICA });
    } finally {
      await replica.close();
    }
    orm = await openOrm({ type: 'postgresql', url: primaryUrl, replicaUrls: [replicaUrl] });
  });
  afterAll(async () => {
    await orm?.close();
    for (const url of [primaryUrl, replicaUrl]) if (url) await dropScratchDatabase(url);
  });

  it('leaves start-up to the primary: it is migrated and seeded though the replica has records', async () => {
    await prepareDatabase(orm);
    await ensureFirstAdmin(orm, { ADMIN_EMAIL: 'admin@test.local', ADMIN_PASSWORD: 'Test-Admin-2026!' });
    const primary = new Client({ connectionString: primaryUrl });
    await primary.connect();
    try {
      const { rows } = await primary.query(
        'select (select count(*) from district)::int as districts, (select count(*) from app_user)::int as users',
      );
      expect(rows[0].districts).toBeGreaterThan(1);
      expect(rows[0].users).toBe(1);
    } finally {
      await primary.end();
    }
  });

  it('answers reads outside a transaction from the replica', async () => {
    const rows = await selectRows(em(), District, {});
    expect(rows.map((row) => row.nameAr)).toEqual([ONLY_ON_REPLICA]);
    expect(await countRows(em(), District, {})).toBe(1);
  });

  it('writes to the primary, and reads it within a transaction', async () => {
    const { id } = await createRecord(em(), districtPolicy, { nameAr: WRITTEN });
    expect(await districtsNamed(primaryUrl, WRITTEN)).toBe(1);
    expect(await districtsNamed(replicaUrl, WRITTEN)).toBe(0);
    const inTransaction = await em().transactional((tx) =>
      selectRows(tx, District, { where: { nameAr: [WRITTEN, ONLY_ON_REPLICA] } }),
    );
    expect(inTransaction.map((row) => row.id)).toEqual([id]);
  });
});
