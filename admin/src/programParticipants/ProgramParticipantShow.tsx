import { ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { HijriDateField } from '../common/HijriDateField';
import { RecordMeta } from '../common/RecordMeta';
import { RecordTitle } from '../common/RecordTitle';

export function ProgramParticipantShow() {
  return (
    <Show title={<RecordTitle />}>
      <SimpleShowLayout>
        <ReferenceField source="entityId" reference="AssociationEntity" />
        <ReferenceField source="programId" reference="AssociationProgram" />
        <HijriDateField source="joinedOn" />
        <TextField source="notes" />
        <RecordMeta label={false} />
      </SimpleShowLayout>
    </Show>
  );
}
