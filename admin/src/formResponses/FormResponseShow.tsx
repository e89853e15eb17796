import { ReferenceField, Show, SimpleShowLayout, TextField, WithRecord } from 'react-admin';
import { HijriDateField } from '../common/HijriDateField';
import { RecordMeta } from '../common/RecordMeta';
import { RecordTitle } from '../common/RecordTitle';
import { AnswersList } from './AnswersList';

export function FormResponseShow() {
  return (
    <Show title={<RecordTitle />}>
      <SimpleShowLayout>
        <ReferenceField source="formId" reference="ImpactForm" />
        <ReferenceField source="visitId" reference="Visit" />
        <ReferenceField source="initiativeId" reference="Initiative" />
        <TextField source="respondentName" />
        <HijriDateField source="submittedOn" />
        <RecordMeta label={false} />
      </SimpleShowLayout>
      <WithRecord render={(response) => <AnswersList id={response.id} />} />
    </Show>
  );
}
