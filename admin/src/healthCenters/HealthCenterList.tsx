import { HealthCenterKind } from '@mujtama/shared/enums';
import { BooleanField, DataTable, List, NullableBooleanInput, ReferenceField } from 'react-admin';
import { Column } from '../common/Column';
import { DemoField } from '../common/DemoField';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { listFilters } from '../common/listFilters';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';

const filters = listFilters(
  <ReferenceAutocompleteInput key="districtId" source="districtId" reference="District" />,
  <EnumInput key="kind" source="kind" enumeration={HealthCenterKind} />,
  <NullableBooleanInput key="active" source="active" />,
);

export function HealthCenterList() {
  return (
    <List filters={filters} sort={{ field: 'nameAr', order: 'ASC' }}>
      <DataTable rowClick="show">
        <Column source="nameAr" />
        <Column source="districtId">
          <ReferenceField source="districtId" reference="District" link={false} />
        </Column>
        <Column source="kind">
          <EnumField source="kind" enumeration={HealthCenterKind} />
        </Column>
        <Column source="active" field={BooleanField} />
        <Column source="phone" />
        <Column source="isDemo" field={DemoField} />
      </DataTable>
    </List>
  );
}
