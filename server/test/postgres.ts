import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

const adminUrl = (serverUrl: string, database = 'postgres') => {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
};

/** A new empty database on the server of `serverUrl`; its URL. */
export async function createScratchDatabase(serverUrl: string, prefix = 'mujtama_test'): Promise<string> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const client = new Client({ connectionString: adminUrl(serverUrl) });
  await client.connect();
  try {
    await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
  return adminUrl(serverUrl, name);
}

export async function dropScratchDatabase(databaseUrl: string): Promise<void> {
  const name = new URL(databaseUrl).pathname.slice(1);
  const client = new Client({ connectionString: adminUrl(databaseUrl) });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name}" with (force)`);
  } finally {
    await client.end();
  }
}

export async function withScratchPostgres<T>(
  serverUrl: string,
  work: (url: string) => Promise<T>,
): Promise<T> {
  const url = await createScratchDatabase(serverUrl, 'mujtama_scratch');
  try {
    return await work(url);
  } finally {
    await dropScratchDatabase(url);
  }
}
