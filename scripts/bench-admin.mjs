// `pnpm bench:admin [--runs N]`: the admin's JavaScript loaded by the sign-in page, gzipped (from the
// build's manifest, and as Chromium loads it), and the time a list page of 100 people takes to show
// all its rows in Chromium, loading the admin and moving to it within the admin, on a server started
// as `pnpm start` does on a fresh SQLite database.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { CHROMIUM, CHROMIUM_ARGS } from '../admin/test/chromium.mjs';
import { listPageUrl, PAGE_SIZE } from '../admin/test/list-page.mjs';
import { adminDist, signInScripts } from '../admin/test/sign-in-bundle.mjs';
import { startServer, summary } from './bench-start.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const { chromium } = createRequire(join(root, 'admin/package.json'))('playwright-core');
const credentials = { ADMIN_EMAIL: 'bench@example.org', ADMIN_PASSWORD: 'Bench-Admin-2026!' };
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const rowsSelector = '.RaDataTable-table tbody tr';

/** Navigates to the list and resolves with the page's own clock when all its rows are in the DOM. */
async function timeListPage(page, url) {
  await page.goto('about:blank');
  await page.goto(listPageUrl(url, 'Person'));
  await page.waitForFunction(
    ({ selector, size }) => document.querySelectorAll(selector).length === size,
    { selector: rowsSelector, size: PAGE_SIZE },
    { polling: 'raf', timeout: 60_000 },
  );
  return page.evaluate(() => performance.now());
}

/**
 * Opens a page of the list from the districts list, as a reader moving around the admin does (the
 * page's code and the data provider already loaded, that page not yet fetched); milliseconds.
 */
async function timeInApp(page, { n, order }) {
  await page.evaluate(() => {
    location.hash = '#/District';
  });
  await page.waitForFunction(
    (selector) => location.hash.startsWith('#/District') && document.querySelectorAll(selector).length > 0,
    rowsSelector,
    { polling: 'raf' },
  );
  await page.evaluate(
    ({ n, order, size }) => {
      window.benchStart = performance.now();
      location.hash = `#/Person?page=${n}&perPage=${size}&sort=nameAr&order=${order}`;
    },
    { n, order, size: PAGE_SIZE },
  );
  await page.waitForFunction(
    ({ selector, size }) =>
      location.hash.startsWith('#/Person') && document.querySelectorAll(selector).length === size,
    { selector: rowsSelector, size: PAGE_SIZE },
    { polling: 'raf', timeout: 60_000 },
  );
  return page.evaluate(() => performance.now() - window.benchStart);
}

async function main() {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
  const runs = Number(values.runs);
  const dir = mkdtempSync(join(tmpdir(), 'mujtama-bench-admin-'));
  // Builds the admin if its sources are newer than the build.
  const server = await startServer(join(dir, 'bench.sqlite'), { env: credentials });
  const browser = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS],
    viewport: { width: 1366, height: 900 },
    locale: 'ar-SA',
  });
  try {
    const fromManifest = signInScripts();
    const page = browser.pages()[0] ?? (await browser.newPage());
    const loaded = [];
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (path.endsWith('.js')) loaded.push(path.slice(1));
    });
    await page.goto(`${server.url}/#/login`);
    await page.locator('input[name="email"]').waitFor();
    await page.waitForLoadState('networkidle');
    const signInLoaded = [...new Set(loaded)];
    const loadedGzip = signInLoaded.reduce(
      (sum, file) => sum + gzipSync(readFileSync(join(adminDist, file))).length,
      0,
    );

    await page.locator('input[name="email"]').fill(credentials.ADMIN_EMAIL);
    await page.locator('input[name="password"]').fill(credentials.ADMIN_PASSWORD);
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((url) => !url.hash.startsWith('#/login'));
    const first = await timeListPage(page, server.url);
    const times = [];
    for (let run = 0; run < runs; run++) times.push(await timeListPage(page, server.url));
    // Pages not seen yet (what react-admin has cached shows at once): full pages after the first, both ways.
    const people = await page.evaluate(async () => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ people { totalCount } }"}',
      });
      return (await response.json()).data.people.totalCount;
    });
    const fullPages = Math.floor(people / PAGE_SIZE);
    const unseen = ['ASC', 'DESC'].flatMap((order) =>
      Array.from({ length: fullPages - 1 }, (_, i) => ({ n: i + 2, order })),
    );
    const inApp = [];
    for (const target of unseen.slice(0, runs)) inApp.push(await timeInApp(page, target));

    const total = (key) => fromManifest.reduce((sum, script) => sum + script[key], 0);
    console.log('| admin | figure |');
    console.log('| --- | --- |');
    console.log(
      `| sign-in page JavaScript, from the build manifest | ${fromManifest.length} files, ${kB(total('bytes'))}, ${kB(total('gzipBytes'))} gzipped |`,
    );
    console.log(
      `| sign-in page JavaScript, as Chromium loaded it | ${signInLoaded.length} files, ${kB(loadedGzip)} gzipped |`,
    );
    console.log(
      `| list of ${PAGE_SIZE} people, from navigation to every row shown: first open | ${(first / 1000).toFixed(2)} s |`,
    );
    console.log(`| the same, median (min–max) of ${runs} more | ${summary(times)} |`);
    console.log(
      `| a page of ${PAGE_SIZE} people opened from the districts list, median (min–max) of ${inApp.length} | ${summary(inApp)} |`,
    );
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
