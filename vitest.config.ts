import { defineConfig } from 'vitest/config';

/** `pnpm test` runs every project: shared units, server integration on SQLite and PostgreSQL, admin units and browser tests. */
export default defineConfig({
  test: {
    projects: [
      'shared/vitest.config.mts',
      'server/vitest.config.mts',
      'admin/vitest.config.ts',
      'admin/vitest.browser.config.ts',
    ],
  },
});
