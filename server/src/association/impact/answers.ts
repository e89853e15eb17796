import type { QuestionKind } from '@mujtama/shared/enums';
import type { Violation, ViolationCode } from '@mujtama/shared/validation';
import { impactAnswerLimits } from '@mujtama/shared/validation';

/** What the answer checks need of a question. */
export interface QuestionShape {
  id: number;
  position: number;
  kind: QuestionKind;
  prompt: string;
  choices: string[];
  required: boolean;
}

/** An answer as sent. */
export interface AnswerSent {
  questionId: string | number;
  value?: string | null;
  values?: string[] | null;
}

/** An answer as stored: checked, normalized, one per question. */
export interface StoredAnswer {
  questionId: number;
  value: string | null;
  values: string[];
}

const isBlank = (text: string | null | undefined) => !text?.trim();

/** The stored form of one answer, or the reason it does not fit its question (`null`: nothing answered). */
function normalize(
  question: QuestionShape,
  sent: AnswerSent,
): StoredAnswer | [ViolationCode, string, string] | null {
  const value = sent.value?.trim() ?? '';
  const picked = [...new Set((sent.values ?? []).map((choice) => choice.trim()).filter(Boolean))];
  const answer = (stored: string | null, values: string[] = []): StoredAnswer => ({
    questionId: question.id,
    value: stored,
    values,
  });
  if (question.kind === 'MULTIPLE_CHOICE') {
    if (!picked.length)
      return isBlank(sent.value)
        ? null
        : ['pattern', 'Send the choices in `values`', 'أرسل الخيارات في values'];
    const unknown = picked.find((choice) => !question.choices.includes(choice));
    if (unknown) return ['pattern', `"${unknown}" is not one of the choices`, `«${unknown}» ليس من الخيارات`];
    return answer(
      null,
      question.choices.filter((choice) => picked.includes(choice)),
    );
  }
  if (!value) return null;
  switch (question.kind) {
    case 'RATING': {
      const rating = Number(value);
      if (!Number.isInteger(rating))
        return ['integer', 'A rating is a whole number from 1 to 5', 'التقييم عدد صحيح من 1 إلى 5'];
      if (rating < 1) return ['tooSmall', 'A rating is at least 1', 'أقل تقييم 1'];
      if (rating > 5) return ['tooLarge', 'A rating is at most 5', 'أعلى تقييم 5'];
      return answer(String(rating));
    }
    case 'YES_NO':
      if (value !== 'true' && value !== 'false')
        return ['pattern', 'Answer "true" or "false"', 'الإجابة true أو false'];
      return answer(value);
    case 'NUMBER': {
      const number = Number(value);
      if (!Number.isFinite(number)) return ['pattern', 'Not a number', 'ليست رقمًا'];
      return answer(String(number));
    }
    case 'SINGLE_CHOICE':
      if (!question.choices.includes(value))
        return ['pattern', `"${value}" is not one of the choices`, `«${value}» ليس من الخيارات`];
      return answer(value);
    case 'TEXT':
      if ([...value].length > impactAnswerLimits.text) {
        return [
          'tooLong',
          `At most ${impactAnswerLimits.text} characters`,
          `الحد الأقصى ${impactAnswerLimits.text} حرفًا`,
        ];
      }
      return answer(value);
  }
}

/**
 * Checks a response's answers against the form's questions: every answer to a question of the form,
 * at most one per question, of the question's kind; every required question answered. Blank optional
 * answers are dropped. Violations name the field `answers.<questionId>`.
 */
export function checkAnswers(
  questions: readonly QuestionShape[],
  sent: readonly AnswerSent[],
): { answers: StoredAnswer[]; violations: Violation[] } {
  const violations: Violation[] = [];
  const byQuestion = new Map<number, AnswerSent>();
  for (const answer of sent) {
    const questionId = Number(answer.questionId);
    const field = `answers.${answer.questionId}`;
    if (!questions.some((question) => question.id === questionId)) {
      violations.push({
        field,
        code: 'pattern',
        message: {
          en: `Question ${answer.questionId} is not on this form`,
          ar: `السؤال ${answer.questionId} ليس في هذه الاستمارة`,
        },
      });
    } else if (byQuestion.has(questionId)) {
      violations.push({ field, code: 'pattern', message: { en: 'Answered twice', ar: 'أجيب عنه مرتين' } });
    } else {
      byQuestion.set(questionId, answer);
    }
  }
  const answers: StoredAnswer[] = [];
  for (const question of [...questions].sort((a, b) => a.position - b.position || a.id - b.id)) {
    const field = `answers.${question.id}`;
    const result = normalize(question, byQuestion.get(question.id) ?? { questionId: question.id });
    if (result === null) {
      if (question.required) {
        violations.push({
          field,
          code: 'required',
          message: {
            en: `"${question.prompt}" must be answered`,
            ar: `«${question.prompt}»: الإجابة مطلوبة`,
          },
        });
      }
    } else if (Array.isArray(result)) {
      const [code, en, ar] = result;
      violations.push({
        field,
        code,
        message: { en: `"${question.prompt}": ${en}`, ar: `«${question.prompt}»: ${ar}` },
      });
    } else {
      answers.push(result);
    }
  }
  return { answers, violations };
}
