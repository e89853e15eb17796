import { SmokingStatus } from '@mujtama/shared/enums';
import { ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { HijriDateField } from '../common/HijriDateField';
import { LocalNumberField } from '../common/LocalNumberField';
import { RecordMeta } from '../common/RecordMeta';

export function LifestyleAssessmentShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <ReferenceField source="enrollmentId" reference="CoachingEnrollment" />
        <HijriDateField source="assessedOn" />
        <LocalNumberField source="weightKg" />
        <LocalNumberField source="heightCm" />
        <LocalNumberField source="bmi" options={{ maximumFractionDigits: 1 }} />
        <LocalNumberField source="waistCm" />
        <LocalNumberField source="systolicBp" />
        <LocalNumberField source="diastolicBp" />
        <LocalNumberField source="fastingGlucoseMgDl" />
        <LocalNumberField source="hba1cPercent" />
        <LocalNumberField source="activityMinutesPerWeek" />
        <LocalNumberField source="fruitVegServingsPerDay" />
        <LocalNumberField source="sleepHoursPerNight" />
        <EnumField source="smokingStatus" enumeration={SmokingStatus} />
        <LocalNumberField source="stressLevel" />
        <TextField source="healthNeeds" />
        <TextField source="notes" />
        <RecordMeta label={false} />
      </SimpleShowLayout>
    </Show>
  );
}
