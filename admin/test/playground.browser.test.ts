import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCredentials } from './api';
import { type BrowserSession, openBrowser, signIn, UI_WAIT } from './browser';

const baseUrl = process.env.MUJTAMA_URL?.replace(/\/$/, '');

describe.skipIf(!baseUrl)('the GraphQL playground', () => {
  const url = baseUrl ?? '';
  let browser: BrowserSession;

  beforeAll(async () => {
    const { email, password } = testCredentials();
    browser = await openBrowser('playground');
    // The playground shares the admin's session.
    await signIn(browser.page, url, email, password);
  }, 15 * 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('opens on the example questions and answers them, loading nothing from outside', async () => {
    const { page, screenshot } = browser;
    await page.goto(`${url}/playground`);
    const tabs = page.locator('.graphiql-tab');
    await tabs.first().waitFor();
    const titles = await tabs.allTextContents();
    expect(titles.join(' ')).toContain('CentersAndTheirPrograms');
    expect(titles.join(' ')).toContain('AddCoachToRoster');

    // A click while the editor is still starting is lost: click until it shows the tab's operation.
    const tab = page.getByRole('tab', { name: 'CentersAndTheirPrograms' });
    const editor = page.locator('.graphiql-query-editor');
    await expect
      .poll(async () => {
        await tab.click();
        return editor.textContent();
      }, UI_WAIT)
      .toContain('healthCenters');
    // Just after the switch GraphiQL may still send the first tab's operation name; the server
    // answers that with OPERATION_RESOLUTION_FAILURE, and a second run sends the right one.
    const response = page.locator('.graphiql-response');
    await expect
      .poll(async () => {
        await page.locator('.graphiql-execute-button').click();
        await expect.poll(() => response.textContent(), UI_WAIT).toMatch(/totalCount|"errors"/);
        return response.textContent();
      }, UI_WAIT)
      .toContain('totalCount');
    expect(await response.textContent()).toContain('HEALTH_COACH');
    await screenshot('centers-and-programs');
    expect(browser.pageErrors).toEqual([]);
    expect(browser.externalRequests).toEqual([]);
  }, 60_000);
});
