import { ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { RecordMeta } from '../common/RecordMeta';
import { RecordTitle } from '../common/RecordTitle';

export function VisitParticipantShow() {
  return (
    <Show title={<RecordTitle />}>
      <SimpleShowLayout>
        <ReferenceField source="entityId" reference="AssociationEntity" />
        <ReferenceField source="visitId" reference="Visit" />
        <TextField source="notes" />
        <RecordMeta label={false} />
      </SimpleShowLayout>
    </Show>
  );
}
