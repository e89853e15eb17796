import { ImpactFormTarget } from '@mujtama/shared/enums';
import { DataTable, List, ReferenceField } from 'react-admin';
import { Column } from '../common/Column';
import { DemoField } from '../common/DemoField';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { listFilters } from '../common/listFilters';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';

const filters = listFilters(
  <EnumInput key="target" source="target" enumeration={ImpactFormTarget} alwaysOn />,
  <ReferenceAutocompleteInput key="programId" source="programId" reference="AssociationProgram" />,
);

export function ImpactFormList() {
  return (
    <List filters={filters} sort={{ field: 'title', order: 'ASC' }}>
      <DataTable rowClick="show">
        <Column source="title" />
        <Column source="target">
          <EnumField source="target" enumeration={ImpactFormTarget} />
        </Column>
        <Column source="programId">
          <ReferenceField source="programId" reference="AssociationProgram" link={false} />
        </Column>
        <Column source="isDemo" field={DemoField} />
      </DataTable>
    </List>
  );
}
