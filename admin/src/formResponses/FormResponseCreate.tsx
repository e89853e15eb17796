import { Create, type RaRecord, SimpleForm } from 'react-admin';
import { localDay } from '../common/dates';
import { withAnswers } from './answers';
import { FormResponseInputs } from './FormResponseInputs';

/** After filling a form for a visit or an initiative, back to its page, where the results show. */
const backToTarget = (_resource?: string, id?: RaRecord['id'], data?: Partial<RaRecord>) => {
  if (data?.visitId != null) return `/Visit/${data.visitId}/show`;
  if (data?.initiativeId != null) return `/Initiative/${data.initiativeId}/show`;
  return `/FormResponse/${id}/show`;
};

/** The "fill this form" page: opened from a visit or an initiative with the form and its target set. */
export function FormResponseCreate() {
  return (
    <Create redirect={backToTarget} transform={withAnswers} title="mujtama.impact.fill_title">
      <SimpleForm defaultValues={{ submittedOn: localDay(new Date()) }} warnWhenUnsavedChanges>
        <FormResponseInputs />
      </SimpleForm>
    </Create>
  );
}
