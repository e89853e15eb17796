import { GoalProgress, SessionMode } from '@mujtama/shared/enums';
import { ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { HijriDateField } from '../common/HijriDateField';
import { LocalNumberField } from '../common/LocalNumberField';
import { RecordMeta } from '../common/RecordMeta';

export function CoachingSessionShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <ReferenceField source="enrollmentId" reference="CoachingEnrollment" />
        <HijriDateField source="heldOn" />
        <EnumField source="mode" enumeration={SessionMode} />
        <LocalNumberField source="durationMinutes" />
        <EnumField source="progress" enumeration={GoalProgress} />
        <TextField source="notes" />
        <RecordMeta label={false} />
      </SimpleShowLayout>
    </Show>
  );
}
