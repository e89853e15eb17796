import { SmokingStatus } from '@mujtama/shared/enums';
import { DataTable, List, ReferenceField } from 'react-admin';
import { EnrollmentReferenceInput } from '../coachingEnrollments/EnrollmentReferenceInput';
import { Column } from '../common/Column';
import { DemoField } from '../common/DemoField';
import { dateRangeFilters } from '../common/dateRangeFilters';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { HijriDateField } from '../common/HijriDateField';
import { LocalNumberField } from '../common/LocalNumberField';
import { listFilters } from '../common/listFilters';

const filters = listFilters(
  <EnrollmentReferenceInput key="enrollmentId" />,
  <EnumInput key="smokingStatus" source="smokingStatus" enumeration={SmokingStatus} />,
  ...dateRangeFilters('assessedOn'),
);

export function LifestyleAssessmentList() {
  return (
    <List filters={filters} sort={{ field: 'assessedOn', order: 'DESC' }}>
      <DataTable rowClick="show">
        <Column source="enrollmentId">
          <ReferenceField source="enrollmentId" reference="CoachingEnrollment" link={false} />
        </Column>
        <Column source="assessedOn" field={HijriDateField} />
        <Column source="weightKg" field={LocalNumberField} />
        <Column source="bmi">
          <LocalNumberField source="bmi" options={{ maximumFractionDigits: 1 }} />
        </Column>
        <Column source="systolicBp" field={LocalNumberField} />
        <Column source="diastolicBp" field={LocalNumberField} />
        <Column source="hba1cPercent" field={LocalNumberField} />
        <Column source="smokingStatus">
          <EnumField source="smokingStatus" enumeration={SmokingStatus} />
        </Column>
        <Column source="isDemo" field={DemoField} />
      </DataTable>
    </List>
  );
}
