import { DataTable, List, ReferenceField } from 'react-admin';
import { Column } from '../common/Column';
import { DemoField } from '../common/DemoField';
import { listFilters } from '../common/listFilters';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';

const filters = listFilters(
  <ReferenceAutocompleteInput key="programId" source="programId" reference="AssociationProgram" alwaysOn />,
);

export function VisitGroupList() {
  return (
    <List filters={filters} sort={{ field: 'nameAr', order: 'ASC' }}>
      <DataTable rowClick="show">
        <Column source="nameAr" />
        <Column source="programId">
          <ReferenceField source="programId" reference="AssociationProgram" link={false} />
        </Column>
        <Column source="notes" />
        <Column source="isDemo" field={DemoField} />
      </DataTable>
    </List>
  );
}
