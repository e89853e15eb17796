import { AccessRoute, EnrollmentStatus } from '@mujtama/shared/enums';
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
  <EnumInput key="status" source="status" enumeration={EnrollmentStatus} alwaysOn />,
  <EnumInput key="accessRoute" source="accessRoute" enumeration={AccessRoute} />,
  <ReferenceAutocompleteInput
    key="offeringId"
    source="offeringId"
    reference="ProgramOffering"
    filter={{ kind: 'HEALTH_COACH' }}
  />,
  <ReferenceAutocompleteInput
    key="coachId"
    source="coachId"
    reference="Person"
    filter={{ role: 'HEALTH_COACH' }}
  />,
  <ReferenceAutocompleteInput key="personId" source="personId" reference="Person" />,
  ...dateRangeFilters('enrolledOn'),
);

export function CoachingEnrollmentList() {
  return (
    <List filters={filters} sort={{ field: 'enrolledOn', order: 'DESC' }}>
      <DataTable rowClick="show">
        <Column source="personId">
          <ReferenceField source="personId" reference="Person" link={false} />
        </Column>
        <Column source="offeringId">
          <ReferenceField source="offeringId" reference="ProgramOffering" link={false} />
        </Column>
        <Column source="coachId">
          <ReferenceField source="coachId" reference="Person" link={false} />
        </Column>
        <Column source="accessRoute">
          <EnumField source="accessRoute" enumeration={AccessRoute} />
        </Column>
        <Column source="status">
          <EnumField source="status" enumeration={EnrollmentStatus} />
        </Column>
        <Column source="enrolledOn" field={HijriDateField} />
        <Column source="isDemo" field={DemoField} />
      </DataTable>
    </List>
  );
}
