import { UserRole } from '@mujtama/shared/enums';
import { BooleanField, DataTable, List, NullableBooleanInput } from 'react-admin';
import { Column } from '../common/Column';
import { EnumArrayField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { listFilters } from '../common/listFilters';
import { UserScopeField } from './UserScopeField';

const filters = listFilters(
  <EnumInput key="role" source="role" enumeration={UserRole} alwaysOn />,
  <NullableBooleanInput key="active" source="active" />,
);

export function UserList() {
  return (
    <List filters={filters} sort={{ field: 'displayName', order: 'ASC' }}>
      <DataTable rowClick="show">
        <Column source="displayName" />
        <Column source="email" />
        <Column source="role">
          <EnumArrayField source="role" enumeration={UserRole} />
        </Column>
        <Column source="centerIds" label="mujtama.users.scope" disableSort>
          <UserScopeField />
        </Column>
        <Column source="active" field={BooleanField} />
      </DataTable>
    </List>
  );
}
