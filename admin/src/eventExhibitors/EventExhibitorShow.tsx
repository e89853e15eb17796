import { ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { RecordMeta } from '../common/RecordMeta';
import { RecordTitle } from '../common/RecordTitle';

export function EventExhibitorShow() {
  return (
    <Show title={<RecordTitle />}>
      <SimpleShowLayout>
        <ReferenceField source="entityId" reference="AssociationEntity" />
        <ReferenceField source="eventId" reference="AssociationEvent" />
        <TextField source="notes" />
        <RecordMeta label={false} />
      </SimpleShowLayout>
    </Show>
  );
}
