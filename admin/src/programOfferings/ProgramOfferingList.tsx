import { InterestGroupTopic, OfferingStatus, ProgramKind } from '@mujtama/shared/enums';
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
  <EnumInput key="kind" source="kind" enumeration={ProgramKind} alwaysOn />,
  <EnumInput key="topic" source="topic" enumeration={InterestGroupTopic} />,
  <EnumInput key="status" source="status" enumeration={OfferingStatus} />,
  <ReferenceAutocompleteInput key="centerId" source="centerId" reference="HealthCenter" />,
  <ReferenceAutocompleteInput key="districtId" source="districtId" reference="District" />,
  ...dateRangeFilters('startDate'),
);

export function ProgramOfferingList() {
  return (
    <List filters={filters} sort={{ field: 'nameAr', order: 'ASC' }}>
      <DataTable rowClick="show">
        <Column source="nameAr" />
        <Column source="centerId">
          <ReferenceField source="centerId" reference="HealthCenter" link={false} />
        </Column>
        <Column source="kind">
          <EnumField source="kind" enumeration={ProgramKind} />
        </Column>
        <Column source="topic">
          <EnumField source="topic" enumeration={InterestGroupTopic} />
        </Column>
        <Column source="status">
          <EnumField source="status" enumeration={OfferingStatus} />
        </Column>
        <Column source="startDate" field={HijriDateField} />
        <Column source="isDemo" field={DemoField} />
      </DataTable>
    </List>
  );
}
