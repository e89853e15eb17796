import { DataTable, List, ReferenceField } from 'react-admin';
import { Column } from '../common/Column';
import { DemoField } from '../common/DemoField';
import { dateRangeFilters } from '../common/dateRangeFilters';
import { HijriDateField } from '../common/HijriDateField';
import { LocalNumberField } from '../common/LocalNumberField';
import { listFilters } from '../common/listFilters';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';

const filters = listFilters(
  <ReferenceAutocompleteInput
    key="offeringId"
    source="offeringId"
    reference="ProgramOffering"
    filter={{ kind: 'INTEREST_GROUP' }}
  />,
  ...dateRangeFilters('heldOn'),
);

export function GroupMeetingList() {
  return (
    <List filters={filters} sort={{ field: 'heldOn', order: 'DESC' }}>
      <DataTable rowClick="show">
        <Column source="heldOn" field={HijriDateField} />
        <Column source="offeringId">
          <ReferenceField source="offeringId" reference="ProgramOffering" link={false} />
        </Column>
        <Column source="topic" />
        <Column source="attendanceCount" field={LocalNumberField} />
        <Column source="isDemo" field={DemoField} />
      </DataTable>
    </List>
  );
}
