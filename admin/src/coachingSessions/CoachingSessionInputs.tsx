import { GoalProgress, SessionMode } from '@mujtama/shared/enums';
import { coachingSessionRules } from '@mujtama/shared/validation';
import { NumberInput, TextInput } from 'react-admin';
import { EnrollmentReferenceInput } from '../coachingEnrollments/EnrollmentReferenceInput';
import { EnumInput } from '../common/EnumInput';
import { HijriDateInput } from '../common/HijriDateInput';
import { useRuleValidators } from '../common/useRuleValidators';

export function CoachingSessionInputs() {
  const validate = useRuleValidators(coachingSessionRules);
  return (
    <>
      <EnrollmentReferenceInput validate={validate.enrollmentId} />
      <HijriDateInput source="heldOn" validate={validate.heldOn} />
      <EnumInput source="mode" enumeration={SessionMode} validate={validate.mode} />
      <NumberInput source="durationMinutes" validate={validate.durationMinutes} step={5} />
      <EnumInput source="progress" enumeration={GoalProgress} />
      <TextInput source="notes" validate={validate.notes} multiline minRows={3} />
    </>
  );
}
