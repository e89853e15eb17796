import { AssociationUnitKind } from '@mujtama/shared/enums';
import { DataTable, List, ReferenceField } from 'react-admin';
import { Column } from '../common/Column';
import { DemoField } from '../common/DemoField';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { listFilters } from '../common/listFilters';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';

const filters = listFilters(
  <EnumInput key="kind" source="kind" enumeration={AssociationUnitKind} alwaysOn />,
  <ReferenceAutocompleteInput key="parentId" source="parentId" reference="AssociationUnit" />,
);

export function AssociationUnitList() {
  return (
    <List filters={filters} sort={{ field: 'kind', order: 'ASC' }}>
      <DataTable rowClick="show">
        <Column source="nameAr" />
        <Column source="kind">
          <EnumField source="kind" enumeration={AssociationUnitKind} />
        </Column>
        <Column source="parentId">
          <ReferenceField source="parentId" reference="AssociationUnit" link={false} />
        </Column>
        <Column source="headTitle" />
        <Column source="isDemo" field={DemoField} />
      </DataTable>
    </List>
  );
}
