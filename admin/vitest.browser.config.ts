import { defineConfig } from 'vitest/config';

/** The admin in Debian's Chromium against the real server (started by the global setup). */
export default defineConfig({
  test: {
    name: 'admin-browser',
    root: import.meta.dirname,
    include: ['test/**/*.browser.test.ts'],
    environment: 'node',
    globalSetup: ['test/global-setup.ts'],
    // One browser at a time: on two cores, parallel Chromiums only make every test slower.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
