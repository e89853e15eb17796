import { DataTable, List, ReferenceField } from 'react-admin';
import { Column } from '../common/Column';
import { DemoField } from '../common/DemoField';
import { HijriDateField } from '../common/HijriDateField';
import { listFilters } from '../common/listFilters';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';

const filters = listFilters(
  <ReferenceAutocompleteInput key="programId" source="programId" reference="AssociationProgram" alwaysOn />,
  <ReferenceAutocompleteInput key="entityId" source="entityId" reference="AssociationEntity" />,
);

export function ProgramParticipantList() {
  return (
    <List filters={filters} sort={{ field: 'joinedOn', order: 'DESC' }}>
      <DataTable rowClick="show">
        <Column source="entityId">
          <ReferenceField source="entityId" reference="AssociationEntity" link={false} />
        </Column>
        <Column source="programId">
          <ReferenceField source="programId" reference="AssociationProgram" link={false} />
        </Column>
        <Column source="joinedOn" field={HijriDateField} />
        <Column source="isDemo" field={DemoField} />
      </DataTable>
    </List>
  );
}
