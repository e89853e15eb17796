import { formResponseRules } from '@mujtama/shared/validation';
import { useEffect, useRef } from 'react';
import { type Identifier, required, TextInput, useGetOne, useRecordContext } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { HijriDateInput } from '../common/HijriDateInput';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';
import { useRuleValidators } from '../common/useRuleValidators';
import { useGraphQLQuery } from '../reports/useGraphQLQuery';
import { VisitReferenceInput } from '../visits/VisitReferenceInput';
import { AnswerInputs } from './AnswerInputs';
import type { Answer } from './answers';

const ANSWERS =
  'query FormResponseAnswers($id: ID!) { formResponse(id: $id) { answers { questionId value values } } }';

const targetRequired = [required()];

/** Answers typed for another form are dropped when the form changes. */
function useAnswersFollowForm(formId: Identifier | null | undefined) {
  const { setValue } = useFormContext();
  const shown = useRef(formId);
  useEffect(() => {
    if (shown.current === formId) return;
    shown.current = formId;
    setValue('answerValues', {});
  }, [formId, setValue]);
}

/** The answers already given, for a response being changed. */
function SavedAnswers({ formId, responseId }: { formId: Identifier; responseId: Identifier }) {
  const { data } = useGraphQLQuery<{ formResponse: { answers: Answer[] } }>(ANSWERS, { id: responseId });
  return data ? <AnswerInputs formId={formId} answers={data.formResponse.answers} /> : null;
}

/**
 * A filled impact form: which form, for which visit or initiative (by the form's target), who
 * answered and when, then the form's questions as inputs.
 */
export function FormResponseInputs() {
  const validate = useRuleValidators(formResponseRules);
  // On the fill page the record holds only what the opening page set, without an id.
  const saved = useRecordContext()?.id;
  const formId: Identifier | null | undefined = useWatch({ name: 'formId' });
  const { data: form } = useGetOne(
    'ImpactForm',
    { id: formId ?? '' },
    { enabled: formId != null && formId !== '' },
  );
  useAnswersFollowForm(formId);
  return (
    <>
      <ReferenceAutocompleteInput
        source="formId"
        reference="ImpactForm"
        validate={validate.formId}
        disabled={saved != null}
      />
      {form?.target === 'VISIT' ? <VisitReferenceInput source="visitId" validate={targetRequired} /> : null}
      {form?.target === 'INITIATIVE' ? (
        <ReferenceAutocompleteInput source="initiativeId" reference="Initiative" validate={targetRequired} />
      ) : null}
      <TextInput source="respondentName" validate={validate.respondentName} />
      <HijriDateInput source="submittedOn" validate={validate.submittedOn} />
      {form && saved != null ? <SavedAnswers formId={form.id} responseId={saved} /> : null}
      {form && saved == null ? <AnswerInputs formId={form.id} /> : null}
    </>
  );
}
