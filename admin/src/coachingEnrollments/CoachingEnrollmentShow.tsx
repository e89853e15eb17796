import { AccessRoute, EnrollmentStatus, GoalProgress, SessionMode } from '@mujtama/shared/enums';
import { DataTable, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { Column } from '../common/Column';
import { EnumField } from '../common/EnumField';
import { HijriDateField } from '../common/HijriDateField';
import { LocalNumberField } from '../common/LocalNumberField';
import { RecordMeta } from '../common/RecordMeta';
import { RecordTitle } from '../common/RecordTitle';
import { RelatedRecords } from '../common/RelatedRecords';

export function CoachingEnrollmentShow() {
  return (
    <Show title={<RecordTitle />}>
      <SimpleShowLayout>
        <ReferenceField source="personId" reference="Person" />
        <ReferenceField source="offeringId" reference="ProgramOffering" />
        <ReferenceField source="coachId" reference="Person" />
        <EnumField source="accessRoute" enumeration={AccessRoute} />
        <ReferenceField source="referringPhysicianId" reference="Person" />
        <EnumField source="status" enumeration={EnrollmentStatus} />
        <HijriDateField source="enrolledOn" />
        <HijriDateField source="endedOn" />
        <TextField source="goals" />
        <RecordMeta label={false} />
      </SimpleShowLayout>
      <RelatedRecords
        reference="LifestyleAssessment"
        target="enrollmentId"
        sort={{ field: 'assessedOn', order: 'DESC' }}
      >
        <DataTable rowClick="show" bulkActionButtons={false}>
          <Column source="assessedOn" field={HijriDateField} />
          <Column source="weightKg" field={LocalNumberField} />
          <Column source="bmi">
            <LocalNumberField source="bmi" options={{ maximumFractionDigits: 1 }} />
          </Column>
          <Column source="systolicBp" field={LocalNumberField} />
          <Column source="diastolicBp" field={LocalNumberField} />
          <Column source="hba1cPercent" field={LocalNumberField} />
        </DataTable>
      </RelatedRecords>
      <RelatedRecords
        reference="CoachingSession"
        target="enrollmentId"
        sort={{ field: 'heldOn', order: 'DESC' }}
      >
        <DataTable rowClick="show" bulkActionButtons={false}>
          <Column source="heldOn" field={HijriDateField} />
          <Column source="mode">
            <EnumField source="mode" enumeration={SessionMode} />
          </Column>
          <Column source="durationMinutes" field={LocalNumberField} />
          <Column source="progress">
            <EnumField source="progress" enumeration={GoalProgress} />
          </Column>
        </DataTable>
      </RelatedRecords>
    </Show>
  );
}
