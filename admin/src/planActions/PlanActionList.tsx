import { ActionStatus } from '@mujtama/shared/enums';
import { DataTable, List, ReferenceField } from 'react-admin';
import { Column } from '../common/Column';
import { DemoField } from '../common/DemoField';
import { dateRangeFilters } from '../common/dateRangeFilters';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { HijriDateField } from '../common/HijriDateField';
import { listFilters } from '../common/listFilters';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';

const filters = listFilters(
  <EnumInput key="status" source="status" enumeration={ActionStatus} alwaysOn />,
  <ReferenceAutocompleteInput key="planId" source="planId" reference="ActionPlan" />,
  <ReferenceAutocompleteInput key="ownerId" source="ownerId" reference="Person" />,
  ...dateRangeFilters('dueDate'),
);

export function PlanActionList() {
  return (
    <List filters={filters} sort={{ field: 'dueDate', order: 'ASC' }}>
      <DataTable rowClick="show">
        <Column source="description" />
        <Column source="planId">
          <ReferenceField source="planId" reference="ActionPlan" link={false} />
        </Column>
        <Column source="ownerId">
          <ReferenceField source="ownerId" reference="Person" link={false} />
        </Column>
        <Column source="dueDate" field={HijriDateField} />
        <Column source="status">
          <EnumField source="status" enumeration={ActionStatus} />
        </Column>
        <Column source="isDemo" field={DemoField} />
      </DataTable>
    </List>
  );
}
