import { Gender, PersonRole } from '@mujtama/shared/enums';
import { DataTable, List } from 'react-admin';
import { Column } from '../common/Column';
import { DemoField } from '../common/DemoField';
import { EnumArrayField, EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { listFilters } from '../common/listFilters';

const filters = listFilters(
  <EnumInput key="role" source="role" enumeration={PersonRole} label="mujtama.filters.role" alwaysOn />,
  <EnumInput key="gender" source="gender" enumeration={Gender} />,
);

export function PersonList() {
  return (
    <List filters={filters} sort={{ field: 'nameAr', order: 'ASC' }}>
      <DataTable rowClick="show">
        <Column source="nameAr" />
        <Column source="nameEn" />
        <Column source="gender">
          <EnumField source="gender" enumeration={Gender} />
        </Column>
        <Column source="roles">
          <EnumArrayField source="roles" enumeration={PersonRole} />
        </Column>
        <Column source="phone" />
        <Column source="isDemo" field={DemoField} />
      </DataTable>
    </List>
  );
}
