import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'admin',
    root: import.meta.dirname,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Those need Chromium and the server: the admin-browser project runs them.
    exclude: [...configDefaults.exclude, 'test/**/*.browser.test.ts'],
    environment: 'node',
  },
});
