import { resolve } from 'node:path';

export type DatabaseConfig =
  | { type: 'sqlite'; path: string }
  /** `replicaUrls`: read replicas of `url`, for the reads outside a transaction. */
  | { type: 'postgresql'; url: string; replicaUrls?: string[] };

export interface Config {
  port: number;
  database: DatabaseConfig;
  production: boolean;
  /** Folder of the built admin and playground. */
  adminDist: string;
}

const repositoryRoot = resolve(__dirname, '../..');

const isPostgresUrl = (url: string) => url.startsWith('postgres://') || url.startsWith('postgresql://');

/** `sqlite:PATH` (relative to the repository root) or `postgres://…`. */
export function parseDatabaseUrl(url: string): DatabaseConfig {
  if (isPostgresUrl(url)) return { type: 'postgresql', url };
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length);
    return { type: 'sqlite', path: path === ':memory:' ? path : resolve(repositoryRoot, path) };
  }
  throw new Error(`DATABASE_URL must be sqlite:PATH or postgres://…, not "${url}"`);
}

/** DATABASE_REPLICA_URLS: comma-separated `postgres://…` URLs of read replicas of DATABASE_URL. */
export function parseReplicaUrls(database: DatabaseConfig, urls = ''): DatabaseConfig {
  const replicaUrls = urls
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean);
  if (!replicaUrls.length) return database;
  if (database.type !== 'postgresql')
    throw new Error('DATABASE_REPLICA_URLS needs a PostgreSQL DATABASE_URL');
  const wrong = replicaUrls.find((url) => !isPostgresUrl(url));
  if (wrong) throw new Error(`DATABASE_REPLICA_URLS must list postgres://… URLs, not "${wrong}"`);
  return { ...database, replicaUrls };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: Number(env.PORT ?? 4000),
    database: parseReplicaUrls(
      parseDatabaseUrl(env.DATABASE_URL ?? 'sqlite:data/mujtama.sqlite'),
      env.DATABASE_REPLICA_URLS,
    ),
    production: env.NODE_ENV === 'production',
    adminDist: resolve(repositoryRoot, 'admin/dist'),
  };
}
