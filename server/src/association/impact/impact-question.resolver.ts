import { searchKey } from '@mujtama/shared/arabic';
import { choiceQuestionKinds, QuestionKind } from '@mujtama/shared/enums';
import { associationResources } from '@mujtama/shared/resources';
import { impactAnswerLimits, impactQuestionRules } from '@mujtama/shared/validation';
import { Resolver } from 'type-graphql';
import { crudResolver } from '../../common/crud.resolver';
import { invalidField } from '../../common/errors';
import type { RecordPolicy, WriteEvent } from '../../common/records';
import { belongsTo } from '../../common/relations';
import { scalar } from '../common/sql';
import { ImpactForm } from './impact-form.entity';
import { ImpactQuestion } from './impact-question.entity';
import {
  CreateImpactQuestionInput,
  ImpactQuestionFilter,
  UpdateImpactQuestionInput,
} from './impact-question.inputs';

/** Choice questions have two or more distinct choices, other kinds none; answered questions keep their kind. */
async function checkQuestion({ em, changes, merged, existing }: WriteEvent<ImpactQuestion>) {
  const choices = [...new Set((merged.choices ?? []).map((choice) => choice.trim()).filter(Boolean))];
  if (choiceQuestionKinds.includes(merged.kind!)) {
    if (choices.length < 2) {
      throw invalidField('choices', 'Give at least two distinct choices', 'أدخل خيارين مختلفين على الأقل');
    }
    if (choices.length > impactAnswerLimits.choices) {
      throw invalidField(
        'choices',
        `At most ${impactAnswerLimits.choices} choices`,
        `الحد الأقصى ${impactAnswerLimits.choices} خيارًا`,
      );
    }
    const long = choices.find((choice) => [...choice].length > impactAnswerLimits.choice);
    if (long) {
      throw invalidField(
        'choices',
        `A choice has at most ${impactAnswerLimits.choice} characters`,
        `الخيار لا يتجاوز ${impactAnswerLimits.choice} حرفًا`,
      );
    }
  } else if (choices.length) {
    throw invalidField('choices', 'Only choice questions have choices', 'الخيارات خاصة بأسئلة الاختيار');
  }
  changes.choices = merged.choices = choices;
  if (existing && changes.kind && changes.kind !== existing.kind) {
    const responses = await scalar(em, 'select count(*) from form_response where form_id = ?', [
      existing.formId,
    ]);
    if (responses) {
      throw invalidField(
        'kind',
        'The form has responses: the kind of its questions is fixed',
        'للاستمارة استجابات: لا يتغير نوع أسئلتها',
      );
    }
  }
  if (merged.position == null) {
    const last = await scalar(
      em,
      'select coalesce(max(position), 0) from impact_question where form_id = ?',
      [merged.formId],
    );
    changes.position = merged.position = last + 1;
  }
}

export const impactQuestionPolicy: RecordPolicy<ImpactQuestion> = {
  entity: ImpactQuestion,
  rules: impactQuestionRules,
  searchKey: (question) =>
    searchKey(
      question.prompt,
      question.kind && QuestionKind.labels[question.kind].ar,
      ...(question.choices ?? []),
    ),
  beforeWrite: checkQuestion,
};

@Resolver(() => ImpactQuestion)
export class ImpactQuestionResolver extends crudResolver({
  ...impactQuestionPolicy,
  resource: associationResources.ImpactQuestion,
  createInput: CreateImpactQuestionInput,
  updateInput: UpdateImpactQuestionInput,
  filter: ImpactQuestionFilter,
  sortable: ['id', 'position', 'kind', 'createdAt', 'updatedAt'],
  defaultOrder: { position: 'asc' },
  relations: {
    form: belongsTo(ImpactForm, 'formId', 'The form.'),
  },
}) {}
