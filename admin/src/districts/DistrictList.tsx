import { DataTable, List, SearchInput } from 'react-admin';
import { Column } from '../common/Column';
import { DemoField } from '../common/DemoField';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

export function DistrictList() {
  return (
    <List filters={filters} sort={{ field: 'nameAr', order: 'ASC' }}>
      <DataTable rowClick="show">
        <Column source="nameAr" />
        <Column source="nameEn" />
        <Column source="isDemo" field={DemoField} />
      </DataTable>
    </List>
  );
}
