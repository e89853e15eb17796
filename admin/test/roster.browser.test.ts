import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signInToApi, testCredentials } from './api';
import { type BrowserSession, openBrowser, signIn, UI_WAIT } from './browser';

const baseUrl = process.env.MUJTAMA_URL?.replace(/\/$/, '');

interface Offering {
  id: string;
  nameAr: string;
  center: { id: string; nameAr: string };
}

describe.skipIf(!baseUrl)('a health manager edits a program roster in the admin', () => {
  const url = baseUrl ?? '';
  const coachName = `مدربة اختبار ${Date.now().toString(36)}`;
  let api: ApiClient;
  let browser: BrowserSession;
  let coachId: string;
  let offering: Offering;

  beforeAll(async () => {
    const { email, password } = testCredentials();
    api = await signInToApi(url, email, password);
    ({
      createPerson: { id: coachId },
    } = await api.request<{ createPerson: { id: string } }>(
      'mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }',
      { input: { nameAr: coachName, gender: 'FEMALE', roles: ['HEALTH_COACH'] } },
    ));
    const { programOfferings } = await api.request<{ programOfferings: { nodes: Offering[] } }>(
      `{ programOfferings(filter: { kind: HEALTH_COACH }, first: 1, orderBy: [{ field: ID, direction: ASC }]) {
          nodes { id nameAr center { id nameAr } }
        } }`,
    );
    [offering] = programOfferings.nodes;
    if (!offering) throw new Error('The seeded database has no health-coach clinic');
    browser = await openBrowser('roster');
    await signIn(browser.page, url, email, password);
  }, 15 * 60_000);

  afterAll(async () => {
    await browser?.close();
    if (!api || !coachId) return;
    const { rosterEntries } = await api.request<{ rosterEntries: { nodes: { id: string }[] } }>(
      'query ($personId: ID!) { rosterEntries(filter: { personId: $personId }) { nodes { id } } }',
      { personId: coachId },
    );
    for (const { id } of rosterEntries.nodes) {
      await api.request('mutation ($id: ID!) { deleteRosterEntry(id: $id) { id } }', { id });
    }
    await api.request('mutation ($id: ID!) { deletePerson(id: $id) { id } }', { id: coachId });
  });

  it('opens a center, then one of its programs, and adds a coach to the roster', async () => {
    const { page, screenshot } = browser;

    await page.goto(`${url}/#/HealthCenter`);
    // Typing before the list has loaded would be undone when its filter form mounts.
    await page.locator('tbody tr').first().waitFor();
    await expect.poll(() => page.locator('html').getAttribute('dir'), UI_WAIT).toBe('rtl');
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    await page.getByPlaceholder('بحث').fill(offering.center.nameAr);
    // The search narrows the list to the one center.
    const centerRow = page.locator('tbody tr').filter({ hasText: offering.center.nameAr });
    await expect.poll(() => page.locator('tbody tr').count(), UI_WAIT).toBe(1);
    await centerRow.waitFor();
    await screenshot('centers');
    await centerRow.click();

    const offerings = page.getByRole('region', { name: 'البرامج في المركز' });
    const offeringRow = offerings.getByRole('row').filter({ hasText: offering.nameAr });
    await offeringRow.waitFor();
    await screenshot('center');
    await offeringRow.click();
    await page.waitForURL(`**/#/ProgramOffering/${offering.id}/show`);

    const roster = page.getByRole('region', { name: 'قائمة البرنامج' });
    await roster.getByRole('button', { name: 'إضافة إلى القائمة' }).click();
    const dialog = page.getByRole('dialog', { name: 'إضافة شخص إلى قائمة البرنامج' });
    await dialog.getByLabel('الشخص').fill(coachName);
    await page.getByRole('option', { name: coachName }).click();
    await expect
      .poll(() => dialog.getByRole('combobox', { name: 'الدور' }).textContent(), UI_WAIT)
      .toContain('مدرب صحي');
    await screenshot('add-to-roster');
    await dialog.getByRole('button', { name: 'حفظ' }).click();
    await dialog.waitFor({ state: 'detached' });

    const added = roster.getByRole('row').filter({ hasText: coachName });
    await added.waitFor();
    expect(await added.textContent()).toContain('مدرب صحي');
    await screenshot('roster');
    expect(browser.pageErrors).toEqual([]);
    expect(browser.externalRequests).toEqual([]);
  }, 120_000);

  it('changes the coach’s role, then removes them, without leaving the page', async () => {
    const { page, screenshot } = browser;
    const roster = page.getByRole('region', { name: 'قائمة البرنامج' });
    const row = roster.getByRole('row').filter({ hasText: coachName });
    await row.getByRole('button', { name: 'تغيير' }).click();
    const dialog = page.getByRole('dialog', { name: 'تغيير الدور أو النقل إلى برنامج آخر' });
    await dialog.getByRole('combobox', { name: 'الدور' }).click();
    await page.getByRole('option', { name: 'ميسّر' }).click();
    await dialog.getByRole('button', { name: 'حفظ' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => row.textContent(), UI_WAIT).toContain('ميسّر');
    await screenshot('role-changed');

    await row.getByRole('button', { name: 'حذف' }).click();
    await row.waitFor({ state: 'detached' });
    // The removal can be undone for a few seconds before it is sent.
    await expect
      .poll(
        async () =>
          (
            await api.request<{ rosterEntries: { totalCount: number } }>(
              'query ($personId: ID!) { rosterEntries(filter: { personId: $personId }) { totalCount } }',
              { personId: coachId },
            )
          ).rosterEntries.totalCount,
        { timeout: 20_000, interval: 1_000 },
      )
      .toBe(0);
    expect(page.url()).toContain(`#/ProgramOffering/${offering.id}/show`);
    expect(browser.pageErrors).toEqual([]);
  }, 60_000);

  it('switches to English, left to right, and keeps the choice after a reload', async () => {
    const { page, screenshot } = browser;
    await page.getByRole('button', { name: 'العربية', exact: true }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await expect.poll(() => page.locator('html').getAttribute('dir'), UI_WAIT).toBe('ltr');
    await page.reload();
    await page
      .getByRole('region', { name: 'Roster' })
      .getByRole('button', { name: 'Add to roster' })
      .waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await screenshot('english');
    expect(browser.pageErrors).toEqual([]);
  }, 60_000);
});
