import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signInToApi, testCredentials } from './api';
import { type BrowserSession, openBrowser, signIn, UI_WAIT } from './browser';
import { listPageUrl, listRows, PAGE_SIZE } from './list-page.mjs';

const baseUrl = process.env.MUJTAMA_URL?.replace(/\/$/, '');

describe.skipIf(!baseUrl)('a list of 100 records a page', () => {
  const url = baseUrl ?? '';
  let api: ApiClient;
  let browser: BrowserSession;

  beforeAll(async () => {
    const { email, password } = testCredentials();
    api = await signInToApi(url, email, password);
    browser = await openBrowser('list-page');
    await signIn(browser.page, url, email, password);
  }, 15 * 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('shows all 100 people of the first page, in name order', async () => {
    const { people } = await api.request<{ people: { totalCount: number; nodes: { nameAr: string }[] } }>(
      `query ($first: Int!) {
        people(first: $first, orderBy: [{ field: NAME_AR, direction: ASC }]) { totalCount nodes { nameAr } }
      }`,
      { first: PAGE_SIZE },
    );
    expect(people.totalCount).toBeGreaterThan(PAGE_SIZE);

    const { page, screenshot } = browser;
    await page.goto(listPageUrl(url, 'Person'));
    const rows = listRows(page);
    await expect.poll(() => rows.count(), UI_WAIT).toBe(PAGE_SIZE);
    const names = await rows.locator('td.column-nameAr').allTextContents();
    expect([...names].sort()).toEqual(people.nodes.map((person) => person.nameAr).sort());
    await screenshot('people-100');
    expect(browser.apiErrors).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  }, 60_000);
});
