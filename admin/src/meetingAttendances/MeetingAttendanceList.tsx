import { BooleanField, DataTable, List, NullableBooleanInput, ReferenceField } from 'react-admin';
import { Column } from '../common/Column';
import { DemoField } from '../common/DemoField';
import { listFilters } from '../common/listFilters';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';

const filters = listFilters(
  <ReferenceAutocompleteInput key="meetingId" source="meetingId" reference="GroupMeeting" alwaysOn />,
  <NullableBooleanInput key="present" source="present" />,
);

export function MeetingAttendanceList() {
  return (
    <List filters={filters}>
      <DataTable rowClick="show">
        <Column source="meetingId">
          <ReferenceField source="meetingId" reference="GroupMeeting" link={false} />
        </Column>
        <Column source="rosterEntryId">
          <ReferenceField source="rosterEntryId" reference="RosterEntry" link={false} />
        </Column>
        <Column source="present" field={BooleanField} />
        <Column source="isDemo" field={DemoField} />
      </DataTable>
    </List>
  );
}
