import { DataTable, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { CommitteeMeetingAttendeeInputs } from '../committeeMeetingAttendees/CommitteeMeetingAttendeeInputs';
import { Column } from '../common/Column';
import { HijriDateField } from '../common/HijriDateField';
import { AddRecordButton, RowActions } from '../common/RecordDialogs';
import { RecordMeta } from '../common/RecordMeta';
import { RelatedRecords } from '../common/RelatedRecords';

const textBlock = { whiteSpace: 'pre-wrap' } as const;

export function CommitteeMeetingShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <ReferenceField source="committeeId" reference="Committee" />
        <HijriDateField source="heldOn" />
        <TextField source="location" />
        <TextField source="agenda" sx={textBlock} />
        <TextField source="minutes" sx={textBlock} />
        <TextField source="decisions" sx={textBlock} />
        <RecordMeta label={false} />
      </SimpleShowLayout>
      <RelatedRecords
        reference="CommitteeMeetingAttendee"
        target="meetingId"
        title="resources.CommitteeMeeting.fields.attendees"
        perPage={50}
        actions={
          <AddRecordButton
            resource="CommitteeMeetingAttendee"
            label="mujtama.committees.add_attendee"
            title="mujtama.committees.add_attendee"
            defaults={(meeting) => ({ meetingId: meeting.id })}
          >
            <CommitteeMeetingAttendeeInputs fixed="meetingId" />
          </AddRecordButton>
        }
      >
        <DataTable rowClick={false}>
          <Column source="personId">
            <ReferenceField source="personId" reference="Person" />
          </Column>
          <Column source="notes" />
          <RowActions resource="CommitteeMeetingAttendee" title="mujtama.committees.edit_attendee">
            <CommitteeMeetingAttendeeInputs fixed="meetingId" />
          </RowActions>
        </DataTable>
      </RelatedRecords>
    </Show>
  );
}
