import { DataTable, List, ReferenceField } from 'react-admin';
import { Column } from '../common/Column';
import { DemoField } from '../common/DemoField';
import { listFilters } from '../common/listFilters';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';

const filters = listFilters(
  <ReferenceAutocompleteInput key="partnerId" source="partnerId" reference="Partner" alwaysOn />,
  <ReferenceAutocompleteInput key="initiativeId" source="initiativeId" reference="Initiative" />,
);

export function InitiativePartnerList() {
  return (
    <List filters={filters} sort={{ field: 'createdAt', order: 'DESC' }}>
      <DataTable rowClick="show">
        <Column source="partnerId">
          <ReferenceField source="partnerId" reference="Partner" link={false} />
        </Column>
        <Column source="initiativeId">
          <ReferenceField source="initiativeId" reference="Initiative" link={false} />
        </Column>
        <Column source="contribution" />
        <Column source="isDemo" field={DemoField} />
      </DataTable>
    </List>
  );
}
