import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signInToApi, testCredentials } from './api';
import { type BrowserSession, openBrowser, signIn, UI_WAIT } from './browser';

const baseUrl = process.env.MUJTAMA_URL?.replace(/\/$/, '');

describe.skipIf(!baseUrl)('editing records: input checks, conflicts and bulk deletes', () => {
  const url = baseUrl ?? '';
  let api: ApiClient;
  let browser: BrowserSession;
  let districtId: string | undefined;

  beforeAll(async () => {
    const { email, password } = testCredentials();
    api = await signInToApi(url, email, password);
    browser = await openBrowser('editing');
    await signIn(browser.page, url, email, password);
  }, 15 * 60_000);

  afterAll(async () => {
    await browser?.close();
    if (districtId)
      await api.request('mutation ($id: ID!) { deleteDistrict(id: $id) { id } }', { id: districtId });
  });

  it('checks a new person against the shared rules before sending it', async () => {
    const { page, screenshot } = browser;
    await page.goto(`${url}/#/Person/create`);
    await page.getByLabel('الاسم بالعربية').fill('س');
    await page.getByLabel('الهاتف').fill('12345');
    await page.getByRole('button', { name: 'حفظ' }).click();
    await page.getByText('الحد الأدنى 2 أحرف').waitFor();
    await page.getByText('رقم سعودي مثل 0551234567').waitFor();
    await page.getByText('هذا الحقل مطلوب').first().waitFor();
    await screenshot('person-invalid');
    expect(page.url()).toContain('#/Person/create');
  }, 60_000);

  it('refuses to overwrite a change someone else saved meanwhile', async () => {
    const { page, screenshot } = browser;
    const { createDistrict } = await api.request<{ createDistrict: { id: string } }>(
      'mutation ($nameAr: String!) { createDistrict(input: { nameAr: $nameAr }) { id } }',
      { nameAr: `حي اختبار التعارض ${Date.now().toString(36)}` },
    );
    districtId = createDistrict.id;
    await page.goto(`${url}/#/District/${districtId}`);
    const english = page.getByLabel('الاسم بالإنجليزية');
    await english.waitFor();
    await api.request(
      'mutation ($id: ID!) { updateDistrict(id: $id, input: { nameEn: "Changed elsewhere" }) { id } }',
      {
        id: districtId,
      },
    );
    await english.fill('Changed here');
    await page.getByRole('button', { name: 'حفظ' }).click();
    await page.getByText('عدّل شخص آخر هذا السجل أثناء تعديلك له').waitFor();
    await screenshot('district-conflict');
    const { district } = await api.request<{ district: { nameEn: string } }>(
      'query ($id: ID!) { district(id: $id) { nameEn } }',
      { id: districtId },
    );
    expect(district.nameEn).toBe('Changed elsewhere');
  }, 60_000);

  it('deletes a whole page of selected records at once', async () => {
    const { page, screenshot } = browser;
    const prefix = `حي للحذف ${Date.now().toString(36)}`;
    for (let n = 1; n <= 30; n++) {
      await api.request('mutation ($nameAr: String!) { createDistrict(input: { nameAr: $nameAr }) { id } }', {
        nameAr: `${prefix} ${n}`,
      });
    }
    const remaining = async () =>
      (
        await api.request<{ districts: { totalCount: number } }>(
          'query ($q: String!) { districts(filter: { q: $q }) { totalCount } }',
          { q: prefix },
        )
      ).districts.totalCount;
    expect(await remaining()).toBe(30);

    const filter = encodeURIComponent(JSON.stringify({ q: prefix }));
    await page.goto(`${url}/#/District?filter=${filter}&perPage=50`);
    await expect.poll(() => page.locator('tbody tr').count(), UI_WAIT).toBe(30);
    await page.getByRole('checkbox', { name: 'تحديد الكل' }).first().check();
    await screenshot('districts-selected');
    await page.getByRole('button', { name: 'نقل إلى سلة المحذوفات' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'تأكيد' }).click();
    // Thirty records go in two requests (the API allows 30 aliases per operation).
    await page.getByText('حُذف 30 عنصرًا').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('tbody tr').count(), UI_WAIT).toBe(0);
    expect(await remaining()).toBe(0);
    expect(browser.pageErrors).toEqual([]);
  }, 90_000);
});
