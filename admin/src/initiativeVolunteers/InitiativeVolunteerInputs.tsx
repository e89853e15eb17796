import { initiativeVolunteerRules } from '@mujtama/shared/validation';
import { NumberInput, TextInput } from 'react-admin';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';
import { useRuleValidators } from '../common/useRuleValidators';
import { VolunteerReferenceInput } from '../volunteers/VolunteerReferenceInput';

/** `fixed` leaves out the reference the page opening the form already gives. */
export function InitiativeVolunteerInputs({ fixed }: { fixed?: 'initiativeId' | 'volunteerId' }) {
  const validate = useRuleValidators(initiativeVolunteerRules);
  return (
    <>
      {fixed === 'initiativeId' ? null : (
        <ReferenceAutocompleteInput
          source="initiativeId"
          reference="Initiative"
          validate={validate.initiativeId}
        />
      )}
      {fixed === 'volunteerId' ? null : (
        <VolunteerReferenceInput source="volunteerId" validate={validate.volunteerId} />
      )}
      <NumberInput source="hours" validate={validate.hours} step={0.5} />
      <TextInput source="notes" validate={validate.notes} />
    </>
  );
}
