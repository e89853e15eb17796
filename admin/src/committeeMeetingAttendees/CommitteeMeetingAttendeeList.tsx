import { DataTable, List, ReferenceField } from 'react-admin';
import { Column } from '../common/Column';
import { DemoField } from '../common/DemoField';
import { listFilters } from '../common/listFilters';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';

const filters = listFilters(
  <ReferenceAutocompleteInput
    key="meetingId"
    source="meetingId"
    reference="CommitteeMeeting"
    sort={{ field: 'heldOn', order: 'DESC' }}
    alwaysOn
  />,
  <ReferenceAutocompleteInput key="personId" source="personId" reference="Person" />,
);

export function CommitteeMeetingAttendeeList() {
  return (
    <List filters={filters} sort={{ field: 'createdAt', order: 'DESC' }}>
      <DataTable rowClick="show">
        <Column source="personId">
          <ReferenceField source="personId" reference="Person" link={false} />
        </Column>
        <Column source="meetingId">
          <ReferenceField source="meetingId" reference="CommitteeMeeting" link={false} />
        </Column>
        <Column source="notes" />
        <Column source="isDemo" field={DemoField} />
      </DataTable>
    </List>
  );
}
