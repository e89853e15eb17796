import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { RawCondition } from '../../common/rows';
import { selectRows } from '../../common/rows';
import type { QuestionShape, StoredAnswer } from './answers';
import { FormResponse } from './form-response.entity';
import { ImpactForm } from './impact-form.entity';
import { ImpactQuestion } from './impact-question.entity';
import type { FormResults, QuestionResult, ValueCount } from './impact-results.type';

const LATEST_TEXTS = 20;

/** What the aggregation needs of a response. */
export interface ResponseShape {
  submittedOn: string;
  answers: StoredAnswer[];
}

/** The values a question can take, in order, with their Arabic labels; empty when they are open. */
function possibleValues(question: QuestionShape): Array<[value: string, label: string]> {
  switch (question.kind) {
    case 'RATING':
      return ['1', '2', '3', '4', '5'].map((value) => [value, value]);
    case 'YES_NO':
      return [
        ['true', 'نعم'],
        ['false', 'لا'],
      ];
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE':
      return question.choices.map((choice) => [choice, choice]);
    default:
      return [];
  }
}

function numericOf(question: QuestionShape, answer: StoredAnswer): number | null {
  if (question.kind === 'RATING' || question.kind === 'NUMBER') return Number(answer.value);
  if (question.kind === 'YES_NO') return answer.value === 'true' ? 1 : 0;
  return null;
}

/** Counts, averages and distributions of each question over the responses. */
export function aggregateAnswers<Q extends QuestionShape>(
  questions: readonly Q[],
  responses: readonly ResponseShape[],
): Array<Omit<QuestionResult, 'question'> & { question: Q }> {
  const newestFirst = [...responses].sort((a, b) => b.submittedOn.localeCompare(a.submittedOn));
  return [...questions]
    .sort((a, b) => a.position - b.position || a.id - b.id)
    .map((question) => {
      const answers = newestFirst.flatMap((response) =>
        response.answers.filter((answer) => Number(answer.questionId) === question.id),
      );
      const numbers = answers
        .map((answer) => numericOf(question, answer))
        .filter((number): number is number => number !== null && Number.isFinite(number));
      const given = answers.flatMap((answer) =>
        answer.values.length ? answer.values : answer.value ? [answer.value] : [],
      );
      const counts = new Map<string, number>();
      for (const value of given) counts.set(value, (counts.get(value) ?? 0) + 1);
      const known = possibleValues(question);
      const values: Array<[string, string]> =
        question.kind === 'NUMBER' || question.kind === 'TEXT'
          ? []
          : [
              ...known,
              ...[...counts.keys()]
                .filter((value) => !known.some(([k]) => k === value))
                .map((v): [string, string] => [v, v]),
            ];
      const distribution: ValueCount[] = values.map(([value, label]) => {
        const count = counts.get(value) ?? 0;
        return { value, label, count, share: answers.length ? count / answers.length : 0 };
      });
      return {
        question,
        answered: answers.length,
        average: numbers.length ? numbers.reduce((sum, n) => sum + n, 0) / numbers.length : null,
        minimum: numbers.length && question.kind !== 'YES_NO' ? Math.min(...numbers) : null,
        maximum: numbers.length && question.kind !== 'YES_NO' ? Math.max(...numbers) : null,
        distribution,
        texts: question.kind === 'TEXT' ? given.slice(0, LATEST_TEXTS) : [],
      };
    });
}

/** The results of `form` over its responses (in use) that match `scope`. */
export async function formResults(
  em: EntityManager,
  form: ImpactForm,
  scope: RawCondition[] = [],
): Promise<FormResults> {
  const questions = await selectRows(em, ImpactQuestion, { where: { formId: form.id, deletedAt: null } });
  const responses = await selectRows(em, FormResponse, {
    where: { formId: form.id, deletedAt: null } as FilterQuery<FormResponse>,
    raw: scope,
  });
  return { form, responses: responses.length, questions: aggregateAnswers(questions, responses) };
}

/** Responses for the visits and initiatives (in use) of a program. */
export const inProgram = (programId: number): RawCondition => [
  `(e.visit_id in (select v.id from visit v where v.program_id = ? and v.deleted_at is null)
    or e.initiative_id in (select i.id from initiative i where i.program_id = ? and i.deleted_at is null))`,
  [programId, programId],
];

/** Each form filled for a program's visits or initiatives, with its results over those responses. */
export async function impactResultsOfProgram(em: EntityManager, programId: number): Promise<FormResults[]> {
  const scope = inProgram(programId);
  const rows = await em
    .createQueryBuilder(FormResponse, 'e')
    .select('formId', true)
    .where({ deletedAt: null })
    .andWhere(scope[0], scope[1])
    .execute<Array<{ formId: number }>>('all', true);
  const forms = await selectRows(em, ImpactForm, {
    where: { id: { $in: rows.map((row) => row.formId) }, deletedAt: null },
    orderBy: [{ id: 'asc' }],
  });
  const results: FormResults[] = [];
  for (const form of forms) results.push(await formResults(em, form, [scope]));
  return results;
}
