import { CommitteeKind } from '@mujtama/shared/enums';
import { DataTable, List, ReferenceField } from 'react-admin';
import { Column } from '../common/Column';
import { DemoField } from '../common/DemoField';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { listFilters } from '../common/listFilters';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';

const filters = listFilters(
  <ReferenceAutocompleteInput key="programId" source="programId" reference="AssociationProgram" alwaysOn />,
  <EnumInput key="kind" source="kind" enumeration={CommitteeKind} alwaysOn />,
);

export function CommitteeList() {
  return (
    <List filters={filters} sort={{ field: 'kind', order: 'ASC' }}>
      <DataTable rowClick="show">
        <Column source="nameAr" />
        <Column source="programId">
          <ReferenceField source="programId" reference="AssociationProgram" link={false} />
        </Column>
        <Column source="kind">
          <EnumField source="kind" enumeration={CommitteeKind} />
        </Column>
        <Column source="isDemo" field={DemoField} />
      </DataTable>
    </List>
  );
}
