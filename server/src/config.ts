import { resolve } from 'node:path';

export type DatabaseConfig = { type: 'sqlite'; path: string } | { type: 'postgresql'; url: string };

export interface Config {
  port: number;
  database: DatabaseConfig;
  production: boolean;
  /** Folder of the built admin and playground. */
  adminDist: string;
}

const repositoryRoot = resolve(__dirname, '../..');

/** `sqlite:PATH` (relative to the repository root) or `postgres://…`. */
export function parseDatabaseUrl(url: string): DatabaseConfig {
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return { type: 'postgresql', url };
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length);
    return { type: 'sqlite', path: path === ':memory:' ? path : resolve(repositoryRoot, path) };
  }
  throw new Error(`DATABASE_URL must be sqlite:PATH or postgres://…, not "${url}"`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: Number(env.PORT ?? 4000),
    database: parseDatabaseUrl(env.DATABASE_URL ?? 'sqlite:data/mujtama.sqlite'),
    production: env.NODE_ENV === 'production',
    adminDist: resolve(repositoryRoot, 'admin/dist'),
  };
}
