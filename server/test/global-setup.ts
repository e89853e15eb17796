import type { TestProject } from 'vitest/node' with { 'resolution-mode': 'import' };
import { startPostgres } from './postgres-server';

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
