import { HealthCenterKind } from '@mujtama/shared/enums';
import {
  BooleanField,
  DataTable,
  List,
  NullableBooleanInput,
  ReferenceField,
  SearchInput,
} from 'react-admin';
import { DemoField } from '../common/DemoField';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceAutocompleteInput key="districtId" source="districtId" reference="District" />,
  <EnumInput key="kind" source="kind" enumeration={HealthCenterKind} />,
  <NullableBooleanInput key="active" source="active" />,
];

export function HealthCenterList() {
  return (
    <List filters={filters} sort={{ field: 'nameAr', order: 'ASC' }}>
      <DataTable rowClick="show">
        <DataTable.Col source="nameAr" />
        <DataTable.Col source="districtId">
          <ReferenceField source="districtId" reference="District" link={false} />
        </DataTable.Col>
        <DataTable.Col source="kind">
          <EnumField source="kind" enumeration={HealthCenterKind} />
        </DataTable.Col>
        <DataTable.Col source="active" field={BooleanField} />
        <DataTable.Col source="phone" />
        <DataTable.Col source="isDemo" field={DemoField} disableSort />
      </DataTable>
    </List>
  );
}
