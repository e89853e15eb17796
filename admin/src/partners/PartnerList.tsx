import { PartnerSector } from '@mujtama/shared/enums';
import { DataTable, List } from 'react-admin';
import { Column } from '../common/Column';
import { DemoField } from '../common/DemoField';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { listFilters } from '../common/listFilters';

const filters = listFilters(<EnumInput key="sector" source="sector" enumeration={PartnerSector} alwaysOn />);

export function PartnerList() {
  return (
    <List filters={filters} sort={{ field: 'nameAr', order: 'ASC' }}>
      <DataTable rowClick="show">
        <Column source="nameAr" />
        <Column source="sector">
          <EnumField source="sector" enumeration={PartnerSector} />
        </Column>
        <Column source="contactName" />
        <Column source="phone" />
        <Column source="isDemo" field={DemoField} />
      </DataTable>
    </List>
  );
}
