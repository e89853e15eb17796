import { ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { RecordMeta } from '../common/RecordMeta';
import { RecordTitle } from '../common/RecordTitle';

export function CommitteeMeetingAttendeeShow() {
  return (
    <Show title={<RecordTitle />}>
      <SimpleShowLayout>
        <ReferenceField source="personId" reference="Person" />
        <ReferenceField source="meetingId" reference="CommitteeMeeting" />
        <TextField source="notes" />
        <RecordMeta label={false} />
      </SimpleShowLayout>
    </Show>
  );
}
