import { DataTable, List } from 'react-admin';
import { Column } from '../common/Column';
import { DemoField } from '../common/DemoField';
import { listFilters } from '../common/listFilters';

const filters = listFilters();

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
