import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';

/** How long a test waits for the page to show a change: the API and the browser share two cores. */
export const UI_WAIT = { timeout: 20_000 };

const RESULTS = fileURLToPath(new URL('../test-results/', import.meta.url));

/** Waits for Chromium to be installed (a fresh machine may still be installing it). */
async function waitForChromium(timeoutMs = 10 * 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(CHROMIUM)) {
    if (Date.now() > deadline)
      throw new Error(`No Chromium at ${CHROMIUM}; install Debian's chromium package`);
    await new Promise((resolve) => setTimeout(resolve, 5_000));
  }
}

export interface BrowserSession {
  page: Page;
  context: BrowserContext;
  /** Uncaught exceptions the pages threw. */
  pageErrors: string[];
  /** Errors the API answered the pages' GraphQL requests with. */
  apiErrors: string[];
  /** Requests that left the machine: nothing may load from a CDN or the internet. */
  externalRequests: string[];
  /** Saves a screenshot as `test-results/<session>/<NN>-<name>.png` and returns its path. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/** Chromium with a fresh profile, so no earlier session, language choice or cache leaks into a test. */
export async function openBrowser(session: string): Promise<BrowserSession> {
  await waitForChromium();
  const profile = await mkdtemp(join(tmpdir(), 'mujtama-chromium-'));
  const shots = join(RESULTS, session);
  await mkdir(shots, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS],
    viewport: { width: 1366, height: 900 },
    locale: 'ar-SA',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: string[] = [];
  context.on('weberror', (error) => pageErrors.push(error.error().message));
  const externalRequests: string[] = [];
  context.on('request', (request) => {
    const { protocol, hostname } = new URL(request.url());
    const local = hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
    if ((protocol === 'http:' || protocol === 'https:') && !local) externalRequests.push(request.url());
  });
  const apiErrors: string[] = [];
  context.on('response', async (response) => {
    if (!response.url().endsWith('/graphql')) return;
    const body: unknown = await response.json().catch(() => null);
    const errors =
      typeof body === 'object' && body && 'errors' in body && Array.isArray(body.errors) ? body.errors : [];
    for (const error of errors)
      apiErrors.push(`${response.request().postDataJSON()?.operationName}: ${error?.message}`);
  });
  let count = 0;
  return {
    page,
    context,
    pageErrors,
    apiErrors,
    externalRequests,
    async screenshot(name) {
      count += 1;
      const path = join(shots, `${String(count).padStart(2, '0')}-${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Signs in through the admin's login page. */
export async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/#/login`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => !url.hash.startsWith('#/login'));
}
