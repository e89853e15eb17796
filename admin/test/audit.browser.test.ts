import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signInToApi, testCredentials } from './api';
import { type BrowserSession, openBrowser, signIn, UI_WAIT } from './browser';

const baseUrl = process.env.MUJTAMA_URL?.replace(/\/$/, '');
const stamp = Date.now().toString(36);

/** The rows of a page's records, not those of the tables inside them. */
const ENTRY_ROWS = '.RaDataTable-tbody > tr';

const CREATE_DISTRICT =
  'mutation ($nameAr: String!) { createDistrict(input: { nameAr: $nameAr }) { id nameAr } }';

/** The menu entries of the signed-in user, as the sidebar shows them. */
async function menuEntries(page: Page): Promise<string[]> {
  const menu = page.locator('.RaMenu-open');
  await menu.getByRole('menuitem').first().waitFor();
  return (await menu.getByRole('menuitem').allInnerTexts()).map((text) => text.trim());
}

describe.skipIf(!baseUrl)('users, the audit trail, the trash and edit conflicts', () => {
  const url = baseUrl ?? '';
  let api: ApiClient;
  let browser: BrowserSession;
  const districtIds: string[] = [];
  const userIds: string[] = [];

  const createDistrict = async (nameAr: string) => {
    const { createDistrict } = await api.request<{ createDistrict: { id: string; nameAr: string } }>(
      CREATE_DISTRICT,
      { nameAr },
    );
    districtIds.push(createDistrict.id);
    return createDistrict;
  };

  const district = async (id: string) =>
    (
      await api.request<{ district: { nameEn: string | null; deletedAt: string | null } }>(
        'query ($id: ID!) { district(id: $id) { nameEn deletedAt } }',
        { id },
      )
    ).district;

  beforeAll(async () => {
    const { email, password } = testCredentials();
    api = await signInToApi(url, email, password);
    browser = await openBrowser('audit');
    await signIn(browser.page, url, email, password);
  }, 15 * 60_000);

  afterAll(async () => {
    await browser?.close();
    for (const id of districtIds) {
      const { deletedAt } = await district(id);
      if (!deletedAt) await api.request('mutation ($id: ID!) { deleteDistrict(id: $id) { id } }', { id });
    }
    for (const id of userIds) await api.request('mutation ($id: ID!) { deleteUser(id: $id) { id } }', { id });
  });

  it('creates a health manager for a center, who signs in and sees neither users nor the log', async () => {
    const { page, screenshot } = browser;
    const { healthCenters } = await api.request<{
      healthCenters: { nodes: { id: string; nameAr: string }[] };
    }>('{ healthCenters(first: 1, orderBy: [{ field: ID, direction: ASC }]) { nodes { id nameAr } } }');
    const [center] = healthCenters.nodes;
    if (!center) throw new Error('The seeded database has no health center');
    const email = `manager-${stamp}@example.org`;
    const password = 'Manager-Password-2026';

    expect(await menuEntries(page)).toEqual(expect.arrayContaining(['المستخدمون', 'سجل التدقيق']));
    await page.goto(`${url}/#/User/create`);
    await page.getByLabel('البريد الإلكتروني').fill(email);
    await page.getByLabel('الاسم الظاهر').fill(`مديرة برامج ${stamp}`);
    await page.getByRole('combobox', { name: 'الدور' }).click();
    await page.getByRole('option', { name: 'مدير برامج صحية' }).click();
    await page.getByLabel('المراكز التي يديرها').fill(center.nameAr);
    await page.getByRole('option', { name: center.nameAr }).click();
    await page.locator('input[name="password"]').fill(password);
    await screenshot('user-create');
    await page.getByRole('button', { name: 'حفظ' }).click();
    await page.waitForURL('**/#/User/*/show');
    const shown = page.locator('.RaShow-main');
    await shown.getByText('مدير برامج صحية').waitFor();
    await shown.getByText(center.nameAr).waitFor();
    await screenshot('user-show');

    await page.goto(`${url}/#/User?filter=${encodeURIComponent(JSON.stringify({ q: email }))}`);
    const row = page.locator('tbody tr').filter({ hasText: email });
    await row.getByText('مدير برامج صحية').waitFor();
    await row.getByText(center.nameAr).waitFor();

    const { users } = await api.request<{
      users: { nodes: { id: string; role: string; centerIds: string[] }[] };
    }>('query ($q: String!) { users(filter: { q: $q }) { nodes { id role centerIds } } }', { q: email });
    expect(users.nodes).toEqual([{ id: expect.any(String), role: 'HEALTH_MANAGER', centerIds: [center.id] }]);
    userIds.push(users.nodes[0].id);

    const manager = await openBrowser('audit-manager');
    try {
      await signIn(manager.page, url, email, password);
      const entries = await menuEntries(manager.page);
      await manager.screenshot('manager-menu');
      expect(entries).toContain('المراكز الصحية');
      expect(entries).not.toContain('المستخدمون');
      expect(entries).not.toContain('سجل التدقيق');
      expect(manager.pageErrors).toEqual([]);
    } finally {
      await manager.close();
    }
  }, 120_000);

  it('shows an edit in the record’s history, with the value before and after', async () => {
    const { page, screenshot } = browser;
    const { id } = await createDistrict(`حي سجل التغييرات ${stamp}`);
    await page.goto(`${url}/#/District/${id}`);
    await page.getByLabel('الاسم بالإنجليزية').fill('History district');
    await page.getByRole('button', { name: 'حفظ' }).click();
    await page.waitForURL(`**/#/District/${id}/show`);

    await page.getByRole('button', { name: 'السجل', exact: true }).click();
    const history = page.getByRole('dialog');
    const change = history
      .getByRole('table', { name: 'التغييرات' })
      .getByRole('row')
      .filter({ hasText: 'الاسم بالإنجليزية' });
    await change.waitFor(UI_WAIT);
    expect(await change.getByRole('cell').allInnerTexts()).toEqual(['—', 'History district']);
    expect(await change.getByRole('rowheader').textContent()).toBe('الاسم بالإنجليزية');
    const entries = history.locator(ENTRY_ROWS);
    await expect.poll(() => entries.count(), UI_WAIT).toBe(2);
    // Newest first: the edit, then the creation.
    expect(await entries.nth(0).textContent()).toContain('تعديل');
    expect(await entries.nth(1).textContent()).toContain('إنشاء');
    expect(await entries.nth(0).textContent()).toContain(testCredentials().email);
    await screenshot('district-history');
    await history.getByRole('button', { name: 'إغلاق' }).click();
  }, 60_000);

  it('filters the audit log by record type', async () => {
    const { page, screenshot } = browser;
    await page.goto(`${url}/#/AuditEntry`);
    const rows = page.locator(ENTRY_ROWS);
    await rows.first().waitFor();
    // The sign-ins of this run are on users.
    await expect
      .poll(async () => (await rows.allInnerTexts()).some((text) => text.includes('مستخدم')))
      .toBe(true);

    await page.getByRole('combobox', { name: 'نوع السجل' }).click();
    await page.getByRole('option', { name: 'الأحياء', exact: true }).click();
    await expect.poll(() => page.url(), UI_WAIT).toContain('District');
    const types = async () =>
      (await rows.locator(':scope > td:nth-child(3)').allInnerTexts()).map((text) =>
        text.split('\n')[0].trim(),
      );
    await expect.poll(async () => [...new Set(await types())], UI_WAIT).toEqual(['حي']);
    await page.getByText(`حي سجل التغييرات ${stamp}`).first().waitFor();
    await screenshot('audit-log-districts');
    expect(browser.pageErrors).toEqual([]);
  }, 60_000);

  it('moves records to the trash, finds them there and restores them one by one or together', async () => {
    const { page, screenshot } = browser;
    const prefix = `حي للمحذوفات ${stamp}`;
    const first = await createDistrict(`${prefix} أ`);
    const second = await createDistrict(`${prefix} ب`);
    const third = await createDistrict(`${prefix} ج`);
    const rows = page.locator(ENTRY_ROWS);

    await page.goto(`${url}/#/District?filter=${encodeURIComponent(JSON.stringify({ q: prefix }))}`);
    await expect.poll(() => rows.count(), UI_WAIT).toBe(3);
    await page.getByRole('checkbox', { name: 'تحديد الكل' }).first().check();
    await page.getByRole('button', { name: 'نقل إلى سلة المحذوفات' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'تأكيد' }).click();
    await expect.poll(() => rows.count(), UI_WAIT).toBe(0);

    await page.getByRole('button', { name: 'المحذوفات', exact: true }).click();
    await expect.poll(() => rows.count(), UI_WAIT).toBe(3);
    await screenshot('districts-trash');
    await rows.filter({ hasText: first.nameAr }).getByRole('button', { name: 'استعادة' }).click();
    await page.getByText('المستعادة: 1').waitFor();
    await expect.poll(() => rows.count(), UI_WAIT).toBe(2);

    await page.getByRole('checkbox', { name: 'تحديد الكل' }).first().check();
    await page.locator('.RaBulkActionsToolbar-toolbar').getByRole('button', { name: 'استعادة' }).click();
    await page.getByText('المستعادة: 2').waitFor();
    await expect.poll(() => rows.count(), UI_WAIT).toBe(0);

    await page.getByRole('button', { name: 'العودة إلى السجلات' }).click();
    await expect.poll(() => rows.count(), UI_WAIT).toBe(3);
    for (const { nameAr } of [first, second, third]) await rows.filter({ hasText: nameAr }).waitFor();
    await screenshot('districts-restored');
    for (const { id } of [first, second, third]) expect((await district(id)).deletedAt).toBeNull();
  }, 90_000);

  it('shows the newer value after a save over someone else’s change, and saves on the newer version', async () => {
    const { page, screenshot } = browser;
    const { id } = await createDistrict(`حي التعارض ${stamp}`);
    const english = page.getByLabel('الاسم بالإنجليزية');
    const changeElsewhere = (nameEn: string) =>
      api.request(
        'mutation ($id: ID!, $nameEn: String!) { updateDistrict(id: $id, input: { nameEn: $nameEn }) { id } }',
        {
          id,
          nameEn,
        },
      );
    const compare = page.getByRole('dialog', { name: 'قارن بالسجل المحفوظ' });
    const row = compare.getByRole('row').filter({ hasText: 'الاسم بالإنجليزية' });

    await page.goto(`${url}/#/District/${id}`);
    await english.waitFor();
    await changeElsewhere('Saved elsewhere');
    await english.fill('Typed here');
    await page.getByRole('button', { name: 'حفظ' }).click();
    await compare.getByText('عدّل شخص آخر هذا السجل أثناء تعديلك له').waitFor();
    await row.getByText('عدّله شخص آخر في أثناء ذلك').waitFor(UI_WAIT);
    expect(await row.getByRole('cell').allInnerTexts()).toEqual(['Typed here', 'Saved elsewhere']);
    await screenshot('conflict');
    expect((await district(id)).nameEn).toBe('Saved elsewhere');

    await compare.getByRole('button', { name: 'تحميل القيم المحفوظة' }).click();
    await expect.poll(() => english.inputValue(), UI_WAIT).toBe('Saved elsewhere');
    await english.fill('Chosen after seeing theirs');
    await page.getByRole('button', { name: 'حفظ' }).click();
    await page.waitForURL(`**/#/District/${id}/show`);
    expect((await district(id)).nameEn).toBe('Chosen after seeing theirs');

    await page.goto(`${url}/#/District/${id}`);
    await expect.poll(() => english.inputValue(), UI_WAIT).toBe('Chosen after seeing theirs');
    await changeElsewhere('Saved elsewhere again');
    await english.fill('Mine on their version');
    await page.getByRole('button', { name: 'حفظ' }).click();
    await compare.getByRole('button', { name: 'إبقاء قيمي على النسخة المحفوظة' }).click();
    await expect.poll(() => english.inputValue(), UI_WAIT).toBe('Mine on their version');
    await page.getByRole('button', { name: 'حفظ' }).click();
    await page.waitForURL(`**/#/District/${id}/show`);
    expect((await district(id)).nameEn).toBe('Mine on their version');
    expect(browser.pageErrors).toEqual([]);
  }, 90_000);
});
