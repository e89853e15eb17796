import { DataTable, List, ReferenceField } from 'react-admin';
import { Column } from '../common/Column';
import { DemoField } from '../common/DemoField';
import { LocalNumberField } from '../common/LocalNumberField';
import { listFilters } from '../common/listFilters';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';
import { VolunteerReferenceInput } from '../volunteers/VolunteerReferenceInput';

const filters = listFilters(
  <ReferenceAutocompleteInput key="initiativeId" source="initiativeId" reference="Initiative" alwaysOn />,
  <VolunteerReferenceInput key="volunteerId" source="volunteerId" />,
);

export function InitiativeVolunteerList() {
  return (
    <List filters={filters} sort={{ field: 'hours', order: 'DESC' }}>
      <DataTable rowClick="show">
        <Column source="volunteerId">
          <ReferenceField source="volunteerId" reference="Volunteer" link={false} />
        </Column>
        <Column source="initiativeId">
          <ReferenceField source="initiativeId" reference="Initiative" link={false} />
        </Column>
        <Column source="hours" field={LocalNumberField} />
        <Column source="isDemo" field={DemoField} />
      </DataTable>
    </List>
  );
}
