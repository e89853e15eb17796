import { GoalProgress, SessionMode } from '@mujtama/shared/enums';
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
  <EnumInput key="mode" source="mode" enumeration={SessionMode} />,
  <EnumInput key="progress" source="progress" enumeration={GoalProgress} />,
  ...dateRangeFilters('heldOn'),
);

export function CoachingSessionList() {
  return (
    <List filters={filters} sort={{ field: 'heldOn', order: 'DESC' }}>
      <DataTable rowClick="show">
        <Column source="enrollmentId">
          <ReferenceField source="enrollmentId" reference="CoachingEnrollment" link={false} />
        </Column>
        <Column source="heldOn" field={HijriDateField} />
        <Column source="mode">
          <EnumField source="mode" enumeration={SessionMode} />
        </Column>
        <Column source="durationMinutes" field={LocalNumberField} />
        <Column source="progress">
          <EnumField source="progress" enumeration={GoalProgress} />
        </Column>
        <Column source="isDemo" field={DemoField} />
      </DataTable>
    </List>
  );
}
