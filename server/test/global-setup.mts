import type { TestProject } from 'vitest/node';
import { startPostgres } from './postgres-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of a PostgreSQL server the tests may create databases on. */
    postgresServerUrl: string;
  }
}

/** Integration tests run on a real PostgreSQL: the one in TEST_POSTGRES_URL, or a private cluster started here. */
export default async function setup(project: TestProject) {
  const server = await startPostgres();
  project.provide('postgresServerUrl', server.url);
  return server.stop;
}
