import { DataTable, List, ReferenceField } from 'react-admin';
import { Column } from '../common/Column';
import { DemoField } from '../common/DemoField';
import { dateRangeFilters } from '../common/dateRangeFilters';
import { HijriDateField } from '../common/HijriDateField';
import { listFilters } from '../common/listFilters';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';
import { MeetingDetails } from './MeetingDetails';

const filters = listFilters(
  <ReferenceAutocompleteInput key="committeeId" source="committeeId" reference="Committee" alwaysOn />,
  <ReferenceAutocompleteInput
    key="programId"
    source="programId"
    reference="AssociationProgram"
    label="resources.Committee.fields.programId"
  />,
  ...dateRangeFilters('heldOn'),
);

export function CommitteeMeetingList() {
  return (
    <List filters={filters} sort={{ field: 'heldOn', order: 'DESC' }}>
      <DataTable rowClick="show" expand={<MeetingDetails />}>
        <Column source="heldOn" field={HijriDateField} />
        <Column source="committeeId">
          <ReferenceField source="committeeId" reference="Committee" link={false} />
        </Column>
        <Column source="location" />
        <Column source="agenda" />
        <Column source="isDemo" field={DemoField} />
      </DataTable>
    </List>
  );
}
