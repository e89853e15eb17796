import type { QuestionKind } from '@mujtama/shared/enums';

/** An answer as the API stores it: one value, or the values picked from a multiple choice. */
export interface Answer {
  questionId: string;
  value: string | null;
  values: string[];
}

export interface Question {
  id: string;
  prompt: string;
  kind: QuestionKind;
  position: number;
  choices: string[];
  required: boolean;
}

/** The form field holding the answer to a question (ids are prefixed: a bare number would make a list). */
export const answerSource = (questionId: string | number) => `answerValues.q${questionId}`;

/** An answer as its input holds it: the picked values of a multiple choice, else the value. */
export const inputValueOf = (answer: Answer) => (answer.values.length > 0 ? answer.values : answer.value);

/** An answer as the API takes it. */
interface AnswerInput {
  questionId: string;
  value?: string;
  values?: string[];
}

/** The answers a form's inputs hold, as the API takes them; blank ones are left out. */
function toAnswers(inputs: unknown): AnswerInput[] {
  const byQuestion = typeof inputs === 'object' && inputs !== null ? Object.entries(inputs) : [];
  return byQuestion.flatMap(([key, given]): AnswerInput[] => {
    const questionId = key.slice(1);
    if (Array.isArray(given)) return given.length > 0 ? [{ questionId, values: given.map(String) }] : [];
    if (given === null || given === undefined || String(given).trim() === '') return [];
    return [{ questionId, value: String(given) }];
  });
}

/** The values of a filled form as the API takes them: its answers as a list. */
export const withAnswers = (data: Record<string, unknown>) => ({
  ...data,
  answers: toAnswers(data.answerValues),
});
