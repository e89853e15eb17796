import { ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { LocalNumberField } from '../common/LocalNumberField';
import { RecordMeta } from '../common/RecordMeta';
import { RecordTitle } from '../common/RecordTitle';

export function InitiativeVolunteerShow() {
  return (
    <Show title={<RecordTitle />}>
      <SimpleShowLayout>
        <ReferenceField source="volunteerId" reference="Volunteer" />
        <ReferenceField source="initiativeId" reference="Initiative" />
        <LocalNumberField source="hours" />
        <TextField source="notes" />
        <RecordMeta label={false} />
      </SimpleShowLayout>
    </Show>
  );
}
