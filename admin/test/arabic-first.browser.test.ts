import { readFile } from 'node:fs/promises';
import { hijriMonthLength } from '@mujtama/shared/arabic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signInToApi, testCredentials } from './api';
import { type BrowserSession, openBrowser, signIn } from './browser';

const baseUrl = process.env.MUJTAMA_URL?.replace(/\/$/, '');

/** Distinct names, so reruns against the same server do not collide. */
const run = Date.now().toString(36).slice(-5);
const importedNames = [`مركز صحي الاستيراد الأول ${run}`, `مركز صحي الاستيراد الثاني ${run}`];

const BOM = '\uFEFF';
const csvFile = (rows: string[][]) => Buffer.from(BOM + rows.map((row) => row.join(',')).join('\r\n'));

describe.skipIf(!baseUrl)('the admin in Arabic first, with English one click away', () => {
  const url = baseUrl ?? '';
  let api: ApiClient;
  let browser: BrowserSession;

  beforeAll(async () => {
    const { email, password } = testCredentials();
    api = await signInToApi(url, email, password);
    browser = await openBrowser('arabic-first');
    await signIn(browser.page, url, email, password);
  }, 15 * 60_000);

  afterAll(async () => {
    await browser?.close();
    if (!api) return;
    for (const name of importedNames) {
      const { healthCenters } = await api.request<{ healthCenters: { nodes: { id: string }[] } }>(
        'query ($q: String!) { healthCenters(filter: { q: $q }) { nodes { id } } }',
        { q: name },
      );
      for (const { id } of healthCenters.nodes) {
        await api.request('mutation ($id: ID!) { deleteHealthCenter(id: $id) { id } }', { id });
      }
    }
  });

  it('opens right to left in Arabic, with the figures of both organizations', async () => {
    const { page, screenshot } = browser;
    await page.goto(`${url}/#/`);
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    const figures = page.getByRole('region', { name: 'الأرقام في لمحة' });
    await figures.getByText('مراكز صحية عاملة').waitFor();
    await figures.getByRole('heading', { name: 'تجمع مكة المكرمة الصحي' }).waitFor();
    await figures.getByRole('heading', { name: 'جمعية مراكز الأحياء بمكة المكرمة' }).waitFor();
    // The interest groups of the announcement, counted in Arabic-Indic digits.
    const programs = figures.getByRole('region', { name: 'البرامج في المراكز حسب الحالة' });
    await programs.getByText('مجموعات الاهتمام: مرضى السكري').waitFor();
    expect(await programs.textContent()).toContain('١٠');
    const sessions = figures.getByRole('region', { name: 'جلسات المتابعة شهريًا: في العيادة وعن بعد' });
    await expect.poll(() => sessions.textContent()).toMatch(/هـ/);
    await page.waitForLoadState('networkidle');
    await screenshot('dashboard-hijri-months');

    await figures.getByRole('button', { name: 'الأشهر الميلادية' }).click();
    await expect.poll(() => sessions.textContent()).not.toMatch(/هـ/);
    await screenshot('dashboard-gregorian-months');
    await figures.getByRole('button', { name: 'الأشهر الهجرية' }).click();

    // Bars start on the right in Arabic: the label stands right of the total.
    const diabetes = programs.locator('li').filter({ hasText: 'مجموعات الاهتمام: مرضى السكري' });
    const label = await diabetes.getByText('مجموعات الاهتمام: مرضى السكري').boundingBox();
    const total = await diabetes.getByText('١٠', { exact: true }).boundingBox();
    expect(label && total && label.x > total.x).toBe(true);
  }, 120_000);

  it('searches a list in Arabic through the API’s q, however the word is spelled', async () => {
    const { page, screenshot } = browser;
    const searches: unknown[] = [];
    const record = (request: { url(): string; postDataJSON(): unknown }) => {
      if (request.url().endsWith('/graphql')) searches.push(request.postDataJSON());
    };
    page.on('request', record);
    await page.goto(`${url}/#/HealthCenter`);
    // Without the article and with a plain alef: still the center of the announcement.
    await page.getByPlaceholder('بحث').fill('شرائع');
    const rows = page.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('مركز صحي الشرائع 7');
    await page.getByPlaceholder('بحث').fill('الاسكان');
    await expect.poll(() => rows.first().textContent()).toContain('مركز صحي الإسكان');
    page.off('request', record);
    expect(JSON.stringify(searches)).toContain('"q":"شرائع"');
    await screenshot('search-arabic');
  }, 60_000);

  it('switches to English and back, and remembers the choice', async () => {
    const { page, screenshot } = browser;
    await page.getByRole('button', { name: 'العربية', exact: true }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('ltr');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('columnheader', { name: 'Arabic name' }).waitFor();
    await page.reload();
    await page.getByRole('columnheader', { name: 'Arabic name' }).waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
    await screenshot('english');

    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.getByRole('menuitem', { name: 'العربية' }).click();
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.getByRole('columnheader', { name: 'الاسم بالعربية' }).waitFor();
  }, 60_000);

  it('writes numbers in Latin digits when the reader prefers them', async () => {
    const { page } = browser;
    await page.goto(`${url}/#/coverage`);
    const footer = page.locator('tfoot');
    await expect.poll(() => footer.textContent()).toContain('٢١');
    await page.getByRole('button', { name: 'كتابة الأرقام بالأرقام اللاتينية (123)' }).click();
    await expect.poll(() => footer.textContent()).toContain('21');
    await page.getByRole('button', { name: 'كتابة الأرقام بالأرقام العربية (١٢٣)' }).click();
    await expect.poll(() => footer.textContent()).toContain('٢١');
  }, 60_000);

  it('shows which center runs which program, each mark leading to the program', async () => {
    const { page, screenshot } = browser;
    await page.goto(`${url}/#/coverage`);
    const matrix = page.getByRole('table', { name: 'تغطية البرامج' });
    const totals = matrix.locator('tfoot td');
    // Coach clinics, diabetes, obesity and smoking-cessation groups, empowerment teams, as announced.
    await expect.poll(() => totals.allTextContents()).toEqual(['١٠', '١٠', '٦', '١', '٢١', '']);
    await page.waitForLoadState('networkidle');
    await screenshot('coverage');
    const alZahir = matrix.getByRole('row').filter({ hasText: 'مركز صحي الزاهر' });
    await alZahir.getByRole('link', { name: /مركز صحي الزاهر — عيادة المدرب الصحي: قائم/ }).click();
    await page.waitForURL('**/#/ProgramOffering/*/show');
    await page.getByText('مركز صحي الزاهر').first().waitFor();
  }, 60_000);

  it('gathers a district from both organizations on one page', async () => {
    const { page, screenshot } = browser;
    await page.goto(`${url}/#/district-overview`);
    await page.getByLabel('الحي').fill('الزاهر');
    await page.getByRole('option', { name: 'الزاهر', exact: true }).click();
    await page.waitForURL('**/#/district-overview/*');
    const health = page.getByRole('region', { name: 'المراكز الصحية وبرامجها' });
    await health.getByText('مركز صحي الزاهر').waitFor();
    await health.getByText('التمكين المجتمعي').waitFor();
    await page.getByRole('region', { name: 'مراكز الأحياء' }).waitFor();
    await page.waitForLoadState('networkidle');
    await screenshot('district');
  }, 60_000);

  it('takes a Hijri date typed or picked, and shows it in both calendars', async () => {
    const { page, screenshot } = browser;
    await page.goto(`${url}/#/ProgramOffering/create`);
    const start = page.getByLabel('تاريخ البدء');
    await start.fill('1440/8/5');
    await start.blur();
    await page.getByText('٥ شعبان ١٤٤٠ هـ — ١٠ أبريل ٢٠١٩').waitFor();
    await page.getByRole('button', { name: 'الاختيار من التقويم' }).first().click();
    const calendar = page.getByRole('group', { name: 'شعبان ١٤٤٠ هـ' });
    await expect.poll(() => calendar.getByRole('button').count()).toBe(hijriMonthLength(1440, 8));
    await screenshot('hijri-picker');
    await calendar.getByRole('button', { name: '٧ شعبان ١٤٤٠ هـ — ١٢ أبريل ٢٠١٩' }).click();
    await page.getByText('٧ شعبان ١٤٤٠ هـ — ١٢ أبريل ٢٠١٩').waitFor();
  }, 60_000);

  it('previews a CSV file with its problems, then imports it all at once', async () => {
    const { page, screenshot } = browser;
    await page.goto(`${url}/#/HealthCenter`);
    await page.getByRole('button', { name: 'استيراد' }).click();
    const dialog = page.getByRole('dialog', { name: 'استيراد المراكز الصحية من ملف CSV' });
    await dialog.getByText('الأعمدة المقروءة').waitFor();

    const header = ['الاسم بالعربية', 'الحي', 'نوع المنشأة', 'يعمل'];
    await dialog.locator('input[type=file]').setInputFiles({
      name: 'centers-bad.csv',
      mimeType: 'text/csv',
      buffer: csvFile([header, [importedNames[0], 'الزاهر', 'مستشفى', 'نعم']]),
    });
    await dialog.getByText('الصفوف: ١ — فيها مشكلات: ١').waitFor();
    await dialog.getByText(/اختر من: مركز رعاية صحية أولية/).waitFor();
    expect(await dialog.getByRole('button', { name: /استيراد السجلات/ }).isDisabled()).toBe(true);
    await screenshot('import-problems');

    await dialog.getByRole('button', { name: 'اختيار ملف آخر' }).click();
    await dialog.locator('input[type=file]').setInputFiles({
      name: 'centers.csv',
      mimeType: 'text/csv',
      buffer: csvFile([
        header,
        [importedNames[0], 'الزاهر', 'مركز رعاية صحية أولية', 'نعم'],
        [importedNames[1], 'العدل', 'مركز رعاية صحية أولية', 'لا'],
      ]),
    });
    await dialog.getByText('الصفوف: ٢ — فيها مشكلات: ٠').waitFor();
    await screenshot('import-preview');
    await dialog.getByRole('button', { name: 'استيراد السجلات (٢)' }).click();
    await dialog.getByText('تم الاستيراد. السجلات المضافة: ٢').waitFor();
    await screenshot('import-done');
    await dialog.getByRole('button', { name: 'إغلاق' }).click();

    await page.getByPlaceholder('بحث').fill(`الاستيراد ${run}`);
    await expect.poll(() => page.locator('tbody tr').count()).toBe(2);
  }, 120_000);

  it('exports the list as filtered, as a UTF-8 file with a byte-order mark', async () => {
    const { page } = browser;
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'تصدير' }).click();
    const file = await (await download).path();
    const text = await readFile(file, 'utf8');
    expect(text.startsWith(BOM)).toBe(true);
    const [head, ...lines] = text.slice(1).trim().split('\r\n');
    expect(head).toContain('الاسم بالعربية');
    expect(lines).toHaveLength(2);
    expect(text).toContain(importedNames[1]);
    expect(text).toContain('مركز رعاية صحية أولية');

    expect(browser.apiErrors).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
    expect(browser.externalRequests).toEqual([]);
  }, 60_000);
});
