import { SmokingStatus } from '@mujtama/shared/enums';
import { NumberField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { HijriDateField } from '../common/HijriDateField';
import { RecordMeta } from '../common/RecordMeta';

export function LifestyleAssessmentShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <ReferenceField source="enrollmentId" reference="CoachingEnrollment" />
        <HijriDateField source="assessedOn" />
        <NumberField source="weightKg" />
        <NumberField source="heightCm" />
        <NumberField source="bmi" options={{ maximumFractionDigits: 1 }} />
        <NumberField source="waistCm" />
        <NumberField source="systolicBp" />
        <NumberField source="diastolicBp" />
        <NumberField source="fastingGlucoseMgDl" />
        <NumberField source="hba1cPercent" />
        <NumberField source="activityMinutesPerWeek" />
        <NumberField source="fruitVegServingsPerDay" />
        <NumberField source="sleepHoursPerNight" />
        <EnumField source="smokingStatus" enumeration={SmokingStatus} />
        <NumberField source="stressLevel" />
        <TextField source="healthNeeds" />
        <TextField source="notes" />
        <RecordMeta label={false} />
      </SimpleShowLayout>
    </Show>
  );
}
