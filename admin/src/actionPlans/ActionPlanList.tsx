import { PlanStatus } from '@mujtama/shared/enums';
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
  <EnumInput key="status" source="status" enumeration={PlanStatus} alwaysOn />,
  <ReferenceAutocompleteInput
    key="offeringId"
    source="offeringId"
    reference="ProgramOffering"
    filter={{ kind: 'COMMUNITY_EMPOWERMENT' }}
  />,
  <ReferenceAutocompleteInput key="priorityId" source="priorityId" reference="EmpowermentPriority" />,
  ...dateRangeFilters('startDate'),
);

export function ActionPlanList() {
  return (
    <List filters={filters} sort={{ field: 'startDate', order: 'DESC' }}>
      <DataTable rowClick="show">
        <Column source="title" />
        <Column source="offeringId">
          <ReferenceField source="offeringId" reference="ProgramOffering" link={false} />
        </Column>
        <Column source="priorityId">
          <ReferenceField source="priorityId" reference="EmpowermentPriority" link={false} />
        </Column>
        <Column source="status">
          <EnumField source="status" enumeration={PlanStatus} />
        </Column>
        <Column source="startDate" field={HijriDateField} />
        <Column source="endDate" field={HijriDateField} />
        <Column source="isDemo" field={DemoField} />
      </DataTable>
    </List>
  );
}
