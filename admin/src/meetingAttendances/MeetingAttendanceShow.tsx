import { BooleanField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { RecordMeta } from '../common/RecordMeta';
import { RecordTitle } from '../common/RecordTitle';

export function MeetingAttendanceShow() {
  return (
    <Show title={<RecordTitle />}>
      <SimpleShowLayout>
        <ReferenceField source="meetingId" reference="GroupMeeting" />
        <ReferenceField source="rosterEntryId" reference="RosterEntry" />
        <BooleanField source="present" />
        <TextField source="notes" />
        <RecordMeta label={false} />
      </SimpleShowLayout>
    </Show>
  );
}
