import { describe, expect, it } from 'vitest';
import { type AnswerSent, checkAnswers, type QuestionShape } from './answers';
import { aggregateAnswers } from './impact-results';

const question = (
  id: number,
  kind: QuestionShape['kind'],
  extra: Partial<QuestionShape> = {},
): QuestionShape => ({
  id,
  position: id,
  kind,
  prompt: `سؤال ${id}`,
  choices: [],
  required: true,
  ...extra,
});

const form = [
  question(1, 'RATING'),
  question(2, 'YES_NO'),
  question(3, 'NUMBER', { required: false }),
  question(4, 'SINGLE_CHOICE', { choices: ['أ', 'ب'] }),
  question(5, 'MULTIPLE_CHOICE', { choices: ['س', 'ص', 'ع'], required: false }),
  question(6, 'TEXT', { required: false }),
];

const fields = (sent: AnswerSent[]) =>
  checkAnswers(form, sent).violations.map((violation) => violation.field);

describe('checkAnswers', () => {
  it('keeps valid answers of every kind, normalized, in the order of the questions', () => {
    const { answers, violations } = checkAnswers(form, [
      { questionId: '6', value: '  زيارة مفيدة ' },
      { questionId: '5', values: ['ع', 'س', 'ع'] },
      { questionId: '4', value: 'ب' },
      { questionId: '3', value: '2.50' },
      { questionId: '2', value: 'false' },
      { questionId: '1', value: ' 4 ' },
    ]);
    expect(violations).toEqual([]);
    expect(answers).toEqual([
      { questionId: 1, value: '4', values: [] },
      { questionId: 2, value: 'false', values: [] },
      { questionId: 3, value: '2.5', values: [] },
      { questionId: 4, value: 'ب', values: [] },
      { questionId: 5, value: null, values: ['س', 'ع'] },
      { questionId: 6, value: 'زيارة مفيدة', values: [] },
    ]);
  });

  it.each([
    ['a rating outside 1–5', { questionId: 1, value: '6' }],
    ['a rating that is not whole', { questionId: 1, value: '3.5' }],
    ['yes/no other than true or false', { questionId: 2, value: 'نعم' }],
    ['a number that is not one', { questionId: 3, value: 'ثلاثة' }],
    ['a choice not offered', { questionId: 4, value: 'ج' }],
    ['multiple choices not offered', { questionId: 5, values: ['س', 'ف'] }],
    ['multiple choices sent as a single value', { questionId: 5, value: 'س' }],
    ['text that is too long', { questionId: 6, value: 'ن'.repeat(2001) }],
  ])('refuses %s, naming the question', (_, answer) => {
    const base: AnswerSent[] = [
      { questionId: 1, value: '3' },
      { questionId: 2, value: 'true' },
      { questionId: 4, value: 'أ' },
    ];
    const sent = [...base.filter((a) => a.questionId !== answer.questionId), answer];
    expect(fields(sent)).toEqual([`answers.${answer.questionId}`]);
  });

  it('requires the required questions and drops blank optional ones', () => {
    expect(
      fields([
        { questionId: 3, value: ' ' },
        { questionId: 5, values: [] },
      ]),
    ).toEqual(['answers.1', 'answers.2', 'answers.4']);
  });

  it('refuses answers to other questions and a question answered twice', () => {
    const sent: AnswerSent[] = [
      { questionId: 1, value: '3' },
      { questionId: 1, value: '4' },
      { questionId: 2, value: 'true' },
      { questionId: 4, value: 'أ' },
      { questionId: 99, value: 'x' },
    ];
    expect(fields(sent)).toEqual(['answers.1', 'answers.99']);
  });
});

describe('aggregateAnswers', () => {
  it('counts, averages and distributes the answers of each question', () => {
    const responses = [
      {
        submittedOn: '2019-01-01',
        sent: [
          ['1', '5'],
          ['2', 'true'],
          ['3', '2'],
          ['4', 'أ'],
          ['6', 'قديم'],
        ],
      },
      {
        submittedOn: '2019-01-03',
        sent: [
          ['1', '3'],
          ['2', 'false'],
          ['3', '4'],
          ['4', 'أ'],
          ['6', 'أحدث'],
        ],
      },
      {
        submittedOn: '2019-01-02',
        sent: [
          ['1', '4'],
          ['2', 'true'],
          ['4', 'ب'],
        ],
      },
    ].map(({ submittedOn, sent }) => ({
      submittedOn,
      answers: [
        ...sent.map(([questionId, value]) => ({ questionId: Number(questionId), value, values: [] })),
        { questionId: 5, value: null, values: submittedOn === '2019-01-02' ? ['س'] : ['س', 'ع'] },
      ],
    }));
    const [rating, yesNo, number, single, multiple, text] = aggregateAnswers(form, responses);
    expect(rating).toMatchObject({ answered: 3, average: 4, minimum: 3, maximum: 5 });
    expect(rating.distribution.map((bar) => bar.count)).toEqual([0, 0, 1, 1, 1]);
    expect(yesNo.average).toBeCloseTo(2 / 3);
    expect(yesNo.distribution).toEqual([
      { value: 'true', label: 'نعم', count: 2, share: 2 / 3 },
      { value: 'false', label: 'لا', count: 1, share: 1 / 3 },
    ]);
    expect(number).toMatchObject({ answered: 2, average: 3, minimum: 2, maximum: 4, distribution: [] });
    expect(single.distribution.map((bar) => [bar.value, bar.count])).toEqual([
      ['أ', 2],
      ['ب', 1],
    ]);
    expect(multiple.distribution.map((bar) => [bar.value, bar.count, bar.share])).toEqual([
      ['س', 3, 1],
      ['ص', 0, 0],
      ['ع', 2, 2 / 3],
    ]);
    expect(text).toMatchObject({ answered: 2, texts: ['أحدث', 'قديم'], average: null });
  });
});
