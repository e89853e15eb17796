import { AttendanceStatus } from '@mujtama/shared/enums';
import { DataTable, List, ReferenceField } from 'react-admin';
import { Column } from '../common/Column';
import { DemoField } from '../common/DemoField';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { listFilters } from '../common/listFilters';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';

const filters = listFilters(
  <ReferenceAutocompleteInput key="eventId" source="eventId" reference="TrainingEvent" alwaysOn />,
  <ReferenceAutocompleteInput key="personId" source="personId" reference="Person" />,
  <EnumInput key="status" source="status" enumeration={AttendanceStatus} />,
);

export function TrainingAttendanceList() {
  return (
    <List filters={filters}>
      <DataTable rowClick="show">
        <Column source="personId">
          <ReferenceField source="personId" reference="Person" link={false} />
        </Column>
        <Column source="eventId">
          <ReferenceField source="eventId" reference="TrainingEvent" link={false} />
        </Column>
        <Column source="status">
          <EnumField source="status" enumeration={AttendanceStatus} />
        </Column>
        <Column source="isDemo" field={DemoField} />
      </DataTable>
    </List>
  );
}
