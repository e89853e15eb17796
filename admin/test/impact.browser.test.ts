import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signInToApi, testCredentials } from './api';
import { type BrowserSession, openBrowser, signIn } from './browser';

const baseUrl = process.env.MUJTAMA_URL?.replace(/\/$/, '');

interface Question {
  id: string;
  kind: string;
}

describe.skipIf(!baseUrl)('the secretariat measures the impact of a visit', () => {
  const url = baseUrl ?? '';
  const stamp = Date.now().toString(36);
  const formTitle = `استمارة أثر تجريبية ${stamp}`;
  const rating = 'ما مدى رضاك عن الزيارة؟';
  const yesNo = 'هل ستطبق في مركزك ما شاهدته؟';
  let api: ApiClient;
  let browser: BrowserSession;
  let visitId: string;
  let formId: string | undefined;

  beforeAll(async () => {
    const { email, password } = testCredentials();
    api = await signInToApi(url, email, password);
    // A proactive visit of its own, on a day no other visit books, so the test's responses are the only ones.
    const { committees, associationEntities } = await api.request<{
      committees: { nodes: { id: string }[] };
      associationEntities: { nodes: { id: string }[] };
    }>(
      `{ committees(filter: { kind: SUPERVISION }, first: 1, orderBy: [{ field: ID }]) { nodes { id } }
         associationEntities(filter: { kind: NEIGHBORHOOD_CENTER }, first: 1, orderBy: [{ field: ID }]) { nodes { id } } }`,
    );
    const [committee] = committees.nodes;
    const [host] = associationEntities.nodes;
    if (!committee || !host) throw new Error('The seeded database has no supervision committee or center');
    const day = 1 + (Date.now() % 27);
    ({
      createVisit: { id: visitId },
    } = await api.request<{ createVisit: { id: string } }>(
      'mutation ($input: CreateVisitInput!) { createVisit(input: $input) { id } }',
      {
        input: {
          kind: 'PROACTIVE',
          status: 'COMPLETED',
          committeeId: committee.id,
          hostEntityId: host.id,
          scheduledOn: `2031-02-${String(day).padStart(2, '0')}`,
          reportViewed: true,
          notes: `زيارة لاختبار قياس الأثر ${stamp}`,
        },
      },
    ));
    browser = await openBrowser('impact');
    await signIn(browser.page, url, email, password);
  }, 15 * 60_000);

  afterAll(async () => {
    await browser?.close();
    if (!api) return;
    if (visitId) {
      const { formResponses } = await api.request<{ formResponses: { nodes: { id: string }[] } }>(
        'query ($visitId: ID!) { formResponses(filter: { visitId: $visitId }) { nodes { id } } }',
        { visitId },
      );
      for (const { id } of formResponses.nodes)
        await api.request('mutation ($id: ID!) { deleteFormResponse(id: $id) { id } }', { id });
      await api.request('mutation ($id: ID!) { deleteVisit(id: $id) { id } }', { id: visitId });
    }
    if (formId) {
      const { impactQuestions } = await api.request<{ impactQuestions: { nodes: { id: string }[] } }>(
        'query ($formId: ID!) { impactQuestions(filter: { formId: $formId }) { nodes { id } } }',
        { formId },
      );
      for (const { id } of impactQuestions.nodes)
        await api.request('mutation ($id: ID!) { deleteImpactQuestion(id: $id) { id } }', { id });
      await api.request('mutation ($id: ID!) { deleteImpactForm(id: $id) { id } }', { id: formId });
    }
  });

  it('builds a form of two questions: a rating and a yes or no', async () => {
    const { page, screenshot } = browser;
    await page.goto(`${url}/#/ImpactForm/create`);
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.getByLabel('عنوان الاستمارة').fill(formTitle);
    await screenshot('new-form');
    await page.getByRole('button', { name: 'حفظ' }).click();
    await page.waitForURL(/#\/ImpactForm\/\d+\/show$/);
    formId = page.url().match(/ImpactForm\/(\d+)\/show/)?.[1];

    const questions = page.getByRole('region', { name: 'الأسئلة' });
    await questions.getByText('لا أسئلة في هذه الاستمارة بعد.').waitFor();

    await questions.getByRole('button', { name: 'إضافة سؤال' }).click();
    let dialog = page.getByRole('dialog', { name: 'إضافة سؤال' });
    // A new question is a required 1–5 rating unless its kind is changed.
    await expect
      .poll(() => dialog.getByRole('combobox', { name: 'نوع الإجابة' }).textContent())
      .toContain('تقييم');
    await dialog.getByLabel('نص السؤال').fill(rating);
    await dialog.getByRole('button', { name: 'حفظ' }).click();
    await dialog.waitFor({ state: 'detached' });
    await questions.getByRole('row').filter({ hasText: rating }).waitFor();

    await questions.getByRole('button', { name: 'إضافة سؤال' }).click();
    dialog = page.getByRole('dialog', { name: 'إضافة سؤال' });
    await dialog.getByRole('combobox', { name: 'نوع الإجابة' }).click();
    await page.getByRole('option', { name: 'نعم أو لا' }).click();
    await dialog.getByLabel('نص السؤال').fill(yesNo);
    await screenshot('add-question');
    await dialog.getByRole('button', { name: 'حفظ' }).click();
    await dialog.waitFor({ state: 'detached' });

    const yesNoRow = questions.getByRole('row').filter({ hasText: yesNo });
    await yesNoRow.waitFor();
    expect(await yesNoRow.textContent()).toContain('نعم أو لا');
    const { impactQuestions } = await api.request<{ impactQuestions: { nodes: Question[] } }>(
      'query ($formId: ID!) { impactQuestions(filter: { formId: $formId }, orderBy: [{ field: POSITION }]) { nodes { id kind } } }',
      { formId },
    );
    expect(impactQuestions.nodes.map(({ kind }) => kind)).toEqual(['RATING', 'YES_NO']);
    await screenshot('form-built');
    expect(browser.pageErrors).toEqual([]);
    expect(browser.apiErrors).toEqual([]);
  }, 120_000);

  it('attaches the form to the visit as its fourth step, then fills it', async () => {
    const { page, screenshot } = browser;
    await page.goto(`${url}/#/Visit/${visitId}/show`);
    const steps = page.getByRole('region', { name: 'خطوات الزيارة' });
    await steps.waitFor();
    await page.getByRole('link', { name: 'تسجيل الخطوات' }).click();
    const impactForm = page.getByRole('combobox', { name: 'استمارة قياس الأثر' });
    await impactForm.fill(formTitle);
    await page.getByRole('option', { name: formTitle }).click();
    await screenshot('visit-steps');
    await page.getByRole('button', { name: 'حفظ' }).click();
    await page.waitForURL(`**/#/Visit/${visitId}/show`);

    await page.getByRole('link', { name: 'تعبئة استمارة قياس الأثر' }).first().click();
    await page.waitForURL('**/#/FormResponse/create');
    // The page opened from the visit has the visit's form and the visit chosen.
    await expect.poll(() => page.getByRole('combobox', { name: 'الاستمارة' }).inputValue()).toBe(formTitle);
    await page.getByRole('radio', { name: '٤' }).check();
    await page.getByRole('radio', { name: 'نعم' }).check();
    await page.getByLabel('اسم المستجيب').fill('مدير مركز مستضاف');
    await screenshot('fill-form');
    await page.getByRole('button', { name: 'حفظ' }).click();
    await page.waitForURL(`**/#/Visit/${visitId}/show`);

    const impact = page.getByRole('region', { name: 'أثر هذه الزيارة' });
    const ratingCard = impact.getByRole('article', { name: rating });
    await ratingCard.waitFor();
    expect(await ratingCard.textContent()).toContain('متوسط التقييم من ٥');
    expect(await ratingCard.textContent()).toContain('٤');
    // The report was viewed and the form filled; the activity and the discussion are still to record.
    await expect.poll(() => steps.textContent()).toContain('سُجّلت ٢ من ٤ خطوات');
    await screenshot('visit-impact');
    expect(browser.pageErrors).toEqual([]);
    expect(browser.apiErrors).toEqual([]);
  }, 120_000);

  it('shows the average and the distribution over the responses', async () => {
    const { page, screenshot } = browser;
    const { impactQuestions } = await api.request<{ impactQuestions: { nodes: Question[] } }>(
      'query ($formId: ID!) { impactQuestions(filter: { formId: $formId }, orderBy: [{ field: POSITION }]) { nodes { id kind } } }',
      { formId },
    );
    const [ratingQuestion, yesNoQuestion] = impactQuestions.nodes;
    await api.request(
      'mutation ($input: CreateFormResponseInput!) { createFormResponse(input: $input) { id } }',
      {
        input: {
          formId,
          visitId,
          submittedOn: '2031-02-28',
          answers: [
            { questionId: ratingQuestion?.id, value: '5' },
            { questionId: yesNoQuestion?.id, value: 'false' },
          ],
        },
      },
    );

    await page.goto(`${url}/#/ImpactForm/${formId}/show`);
    const results = page.getByRole('region', { name: 'النتائج' });
    const ratingCard = results.getByRole('article', { name: rating });
    await ratingCard.waitFor();
    // Ratings 4 and 5 average 4.5; one yes and one no are half each.
    await expect.poll(() => ratingCard.textContent()).toContain('٤٫٥');
    const yesNoCard = results.getByRole('article', { name: yesNo });
    expect(await yesNoCard.textContent()).toContain('٥٠٪');
    expect(await yesNoCard.getByRole('listitem').allTextContents()).toEqual([
      expect.stringContaining('نعم'),
      expect.stringContaining('لا'),
    ]);
    expect(await results.textContent()).toContain('استجابتان');
    await screenshot('form-results');
    expect(browser.pageErrors).toEqual([]);
    expect(browser.apiErrors).toEqual([]);
    expect(browser.externalRequests).toEqual([]);
  }, 120_000);
});
