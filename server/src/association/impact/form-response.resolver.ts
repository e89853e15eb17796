import { searchKey } from '@mujtama/shared/arabic';
import { associationResources } from '@mujtama/shared/resources';
import { formResponseRules } from '@mujtama/shared/validation';
import { Resolver } from 'type-graphql';
import { crudResolver } from '../../common/crud.resolver';
import { invalidField, invalidInput } from '../../common/errors';
import { parseId } from '../../common/ids';
import { type RecordPolicy, requireRow, type WriteEvent } from '../../common/records';
import { belongsTo } from '../../common/relations';
import { selectRows } from '../../common/rows';
import { Visit } from '../visits/visit.entity';
import { Initiative } from '../volunteering/initiative.entity';
import { type AnswerSent, checkAnswers } from './answers';
import { FormResponse } from './form-response.entity';
import { CreateFormResponseInput, FormResponseFilter, UpdateFormResponseInput } from './form-response.inputs';
import { ImpactForm } from './impact-form.entity';
import { ImpactQuestion } from './impact-question.entity';
import { inProgram } from './impact-results';

/** The visit or initiative the form measures: exactly one, of the form's target, in the form's program. */
async function checkTarget(
  em: WriteEvent<FormResponse>['em'],
  form: ImpactForm,
  response: Partial<FormResponse>,
) {
  const field = form.target === 'VISIT' ? 'visitId' : 'initiativeId';
  const other = form.target === 'VISIT' ? 'initiativeId' : 'visitId';
  const id = response[field];
  if (response[other] != null) {
    throw invalidField(other, `«${form.title}» is not filled for this`, `لا تُعبأ «${form.title}» لهذا`);
  }
  if (id == null)
    throw invalidField(
      field,
      `«${form.title}» is filled for a ${field === 'visitId' ? 'visit' : 'initiative'}`,
      `حدد ${field === 'visitId' ? 'الزيارة' : 'المبادرة'}`,
    );
  const target =
    form.target === 'VISIT' ? await requireRow(em, Visit, id) : await requireRow(em, Initiative, id);
  if (target.impactFormId != null && target.impactFormId !== form.id) {
    throw invalidField(field, 'Another impact form is attached to it', 'مرتبط باستمارة قياس أثر أخرى');
  }
  if (form.programId != null && target.programId !== form.programId) {
    throw invalidField(
      field,
      'It belongs to another program than the form',
      'يتبع برنامجًا غير برنامج الاستمارة',
    );
  }
}

async function checkResponse({ em, changes, merged }: WriteEvent<FormResponse>) {
  const form = await requireRow(em, ImpactForm, merged.formId!);
  if ('formId' in changes || 'visitId' in changes || 'initiativeId' in changes)
    await checkTarget(em, form, merged);
  if ('answers' in changes || 'formId' in changes) {
    const questions = await selectRows(em, ImpactQuestion, { where: { formId: form.id, deletedAt: null } });
    const { answers, violations } = checkAnswers(questions, (merged.answers ?? []) as AnswerSent[]);
    if (violations.length) throw invalidInput(violations);
    changes.answers = merged.answers = answers;
  }
}

export const formResponsePolicy: RecordPolicy<FormResponse> = {
  entity: FormResponse,
  rules: formResponseRules,
  searchKey: (response) =>
    searchKey(response.respondentName, ...(response.answers ?? []).map((answer) => answer.value)),
  beforeWrite: checkResponse,
};

@Resolver(() => FormResponse)
export class FormResponseResolver extends crudResolver({
  ...formResponsePolicy,
  resource: associationResources.FormResponse,
  createInput: CreateFormResponseInput,
  updateInput: UpdateFormResponseInput,
  filter: FormResponseFilter,
  filterHandlers: { programId: (id: string) => inProgram(parseId(id, 'programId')) },
  sortable: ['id', 'submittedOn', 'createdAt', 'updatedAt'],
  defaultOrder: { submittedOn: 'desc' },
  relations: {
    form: belongsTo(ImpactForm, 'formId', 'The form filled.'),
    visit: belongsTo(Visit, 'visitId', 'The visit measured.', { nullable: true }),
    initiative: belongsTo(Initiative, 'initiativeId', 'The initiative measured.', { nullable: true }),
  },
}) {}
