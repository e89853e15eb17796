import { DataTable, List, ReferenceField } from 'react-admin';
import { Column } from '../common/Column';
import { DemoField } from '../common/DemoField';
import { listFilters } from '../common/listFilters';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';
import { VisitReferenceInput } from '../visits/VisitReferenceInput';

const filters = listFilters(
  <ReferenceAutocompleteInput key="entityId" source="entityId" reference="AssociationEntity" alwaysOn />,
  <VisitReferenceInput key="visitId" source="visitId" />,
);

export function VisitParticipantList() {
  return (
    <List filters={filters} sort={{ field: 'createdAt', order: 'DESC' }}>
      <DataTable rowClick="show">
        <Column source="entityId">
          <ReferenceField source="entityId" reference="AssociationEntity" link={false} />
        </Column>
        <Column source="visitId">
          <ReferenceField source="visitId" reference="Visit" link={false} />
        </Column>
        <Column source="notes" />
        <Column source="isDemo" field={DemoField} />
      </DataTable>
    </List>
  );
}
