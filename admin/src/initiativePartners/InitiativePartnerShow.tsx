import { ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { RecordMeta } from '../common/RecordMeta';
import { RecordTitle } from '../common/RecordTitle';

export function InitiativePartnerShow() {
  return (
    <Show title={<RecordTitle />}>
      <SimpleShowLayout>
        <ReferenceField source="partnerId" reference="Partner" />
        <ReferenceField source="initiativeId" reference="Initiative" />
        <TextField source="contribution" />
        <RecordMeta label={false} />
      </SimpleShowLayout>
    </Show>
  );
}
