import { AssociationProgramKind } from '@mujtama/shared/enums';
import { DataTable, List, ReferenceField } from 'react-admin';
import { Column } from '../common/Column';
import { DemoField } from '../common/DemoField';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { HijriDateField } from '../common/HijriDateField';
import { listFilters } from '../common/listFilters';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';

const filters = listFilters(
  <EnumInput key="kind" source="kind" enumeration={AssociationProgramKind} alwaysOn />,
  <ReferenceAutocompleteInput key="unitId" source="unitId" reference="AssociationUnit" />,
);

export function AssociationProgramList() {
  return (
    <List filters={filters} sort={{ field: 'startDate', order: 'DESC' }}>
      <DataTable rowClick="show">
        <Column source="nameAr" />
        <Column source="kind">
          <EnumField source="kind" enumeration={AssociationProgramKind} />
        </Column>
        <Column source="unitId">
          <ReferenceField source="unitId" reference="AssociationUnit" link={false} />
        </Column>
        <Column source="startDate" field={HijriDateField} />
        <Column source="endDate" field={HijriDateField} />
        <Column source="isDemo" field={DemoField} />
      </DataTable>
    </List>
  );
}
