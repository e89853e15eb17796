import { AccessRoute, EnrollmentStatus, enrollmentTransitions } from '@mujtama/shared/enums';
import { coachingEnrollmentRules } from '@mujtama/shared/validation';
import { FormDataConsumer, TextInput, useRecordContext } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { HijriDateInput } from '../common/HijriDateInput';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';
import { useRuleValidators } from '../common/useRuleValidators';

/** The statuses a saved enrollment may take: its own and the ones it may move to. */
function useStatusChoices() {
  const record = useRecordContext();
  const saved = EnrollmentStatus.keys.find((key) => key === record?.status);
  return saved ? [saved, ...enrollmentTransitions[saved]] : undefined;
}

/** Only a referral names a referring physician: one left from an earlier choice is cleared. */
export const clearStrayPhysician = (data: Record<string, unknown>) =>
  data.accessRoute === 'FAMILY_PHYSICIAN_REFERRAL' ? data : { ...data, referringPhysicianId: null };

export function CoachingEnrollmentInputs() {
  const validate = useRuleValidators(coachingEnrollmentRules);
  return (
    <>
      <ReferenceAutocompleteInput source="personId" reference="Person" validate={validate.personId} />
      <ReferenceAutocompleteInput
        source="offeringId"
        reference="ProgramOffering"
        filter={{ kind: 'HEALTH_COACH' }}
        validate={validate.offeringId}
      />
      <ReferenceAutocompleteInput source="coachId" reference="Person" filter={{ role: 'HEALTH_COACH' }} />
      <EnumInput source="accessRoute" enumeration={AccessRoute} validate={validate.accessRoute} />
      <FormDataConsumer<{ accessRoute?: string }>>
        {({ formData }) =>
          formData.accessRoute === 'FAMILY_PHYSICIAN_REFERRAL' ? (
            <ReferenceAutocompleteInput
              source="referringPhysicianId"
              reference="Person"
              filter={{ role: 'FAMILY_PHYSICIAN' }}
            />
          ) : null
        }
      </FormDataConsumer>
      <EnumInput
        source="status"
        enumeration={EnrollmentStatus}
        only={useStatusChoices()}
        validate={validate.status}
      />
      <HijriDateInput source="enrolledOn" validate={validate.enrolledOn} />
      <HijriDateInput source="endedOn" validate={validate.endedOn} />
      <TextInput source="goals" validate={validate.goals} multiline minRows={3} />
    </>
  );
}
