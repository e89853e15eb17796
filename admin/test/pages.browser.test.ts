import { associationResources, healthResources } from '@mujtama/shared/resources';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCredentials } from './api';
import { type BrowserSession, openBrowser, signIn } from './browser';

const baseUrl = process.env.MUJTAMA_URL?.replace(/\/$/, '');

describe.skipIf(!baseUrl)('every page of both organizations opens without an error', () => {
  const url = baseUrl ?? '';
  let browser: BrowserSession;

  beforeAll(async () => {
    const { email, password } = testCredentials();
    browser = await openBrowser('pages');
    await signIn(browser.page, url, email, password);
  }, 15 * 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the dashboard with a count per resource', async () => {
    const { page, screenshot } = browser;
    await page.goto(`${url}/#/`);
    await page.getByRole('heading', { name: 'أهلًا بك في مجتمع' }).waitFor();
    await page.getByRole('link', { name: /المراكز الصحية/ }).waitFor();
    await page.waitForLoadState('networkidle');
    await screenshot('dashboard');
    expect(browser.apiErrors).toEqual([]);
  }, 60_000);

  for (const { type } of [...Object.values(healthResources), ...Object.values(associationResources)]) {
    it(`lists, shows and offers to create ${type}`, async () => {
      const { page, screenshot } = browser;
      await page.goto(`${url}/#/${type}`);
      await page.locator('.RaDataTable-table, .RaEmpty-message').first().waitFor();
      await page.waitForLoadState('networkidle');
      await screenshot(`${type}-list`);

      const firstRow = page.locator('.RaDataTable-table tbody tr').first();
      if (await firstRow.count()) {
        await firstRow.click();
        await page.waitForURL(`**/#/${type}/*/show`);
        await page.locator('.RaShow-main').waitFor();
        await page.waitForLoadState('networkidle');
        await screenshot(`${type}-show`);
      }

      await page.goto(`${url}/#/${type}/create`);
      await page.locator('form').waitFor();
      await page.waitForLoadState('networkidle');
      await screenshot(`${type}-create`);

      expect(await page.locator('.RaNotification-error').allTextContents()).toEqual([]);
      expect(browser.apiErrors).toEqual([]);
      expect(browser.pageErrors).toEqual([]);
      expect(browser.externalRequests).toEqual([]);
    }, 60_000);
  }
});
