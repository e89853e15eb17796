import { DataTable, List, ReferenceField } from 'react-admin';
import { Column } from '../common/Column';
import { DemoField } from '../common/DemoField';
import { listFilters } from '../common/listFilters';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';

const filters = listFilters(
  <ReferenceAutocompleteInput key="eventId" source="eventId" reference="AssociationEvent" alwaysOn />,
  <ReferenceAutocompleteInput key="entityId" source="entityId" reference="AssociationEntity" />,
);

export function EventExhibitorList() {
  return (
    <List filters={filters} sort={{ field: 'createdAt', order: 'DESC' }}>
      <DataTable rowClick="show">
        <Column source="entityId">
          <ReferenceField source="entityId" reference="AssociationEntity" link={false} />
        </Column>
        <Column source="eventId">
          <ReferenceField source="eventId" reference="AssociationEvent" link={false} />
        </Column>
        <Column source="notes" />
        <Column source="isDemo" field={DemoField} />
      </DataTable>
    </List>
  );
}
