import { BooleanField, DataTable, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { Column } from '../common/Column';
import { HijriDateField } from '../common/HijriDateField';
import { LocalNumberField } from '../common/LocalNumberField';
import { RecordMeta } from '../common/RecordMeta';
import { RelatedRecords } from '../common/RelatedRecords';

export function GroupMeetingShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <ReferenceField source="offeringId" reference="ProgramOffering" />
        <HijriDateField source="heldOn" />
        <TextField source="topic" />
        <LocalNumberField source="attendanceCount" />
        <TextField source="notes" />
        <RecordMeta label={false} />
      </SimpleShowLayout>
      <RelatedRecords reference="MeetingAttendance" target="meetingId">
        <DataTable rowClick="show">
          <Column source="rosterEntryId">
            <ReferenceField source="rosterEntryId" reference="RosterEntry" link={false} />
          </Column>
          <Column source="present" field={BooleanField} />
          <Column source="notes" />
        </DataTable>
      </RelatedRecords>
    </Show>
  );
}
