import { ActivityCategory } from '@mujtama/shared/enums';
import { DataTable, List, ReferenceField } from 'react-admin';
import { Column } from '../common/Column';
import { DemoField } from '../common/DemoField';
import { dateRangeFilters } from '../common/dateRangeFilters';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { HijriDateField } from '../common/HijriDateField';
import { LocalNumberField } from '../common/LocalNumberField';
import { listFilters } from '../common/listFilters';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';

const filters = listFilters(
  <EnumInput key="category" source="category" enumeration={ActivityCategory} alwaysOn />,
  <ReferenceAutocompleteInput key="entityId" source="entityId" reference="AssociationEntity" />,
  ...dateRangeFilters('heldOn'),
);

export function ActivityList() {
  return (
    <List filters={filters} sort={{ field: 'heldOn', order: 'DESC' }}>
      <DataTable rowClick="show">
        <Column source="title" />
        <Column source="entityId">
          <ReferenceField source="entityId" reference="AssociationEntity" link={false} />
        </Column>
        <Column source="heldOn" field={HijriDateField} />
        <Column source="category">
          <EnumField source="category" enumeration={ActivityCategory} />
        </Column>
        <Column source="participants" field={LocalNumberField} />
        <Column source="isDemo" field={DemoField} />
      </DataTable>
    </List>
  );
}
