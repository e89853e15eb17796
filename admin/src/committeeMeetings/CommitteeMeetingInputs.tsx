import { committeeMeetingRules } from '@mujtama/shared/validation';
import { TextInput } from 'react-admin';
import { HijriDateInput } from '../common/HijriDateInput';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';
import { useRuleValidators } from '../common/useRuleValidators';

export function CommitteeMeetingInputs() {
  const validate = useRuleValidators(committeeMeetingRules);
  return (
    <>
      <ReferenceAutocompleteInput
        source="committeeId"
        reference="Committee"
        validate={validate.committeeId}
      />
      <HijriDateInput source="heldOn" validate={validate.heldOn} />
      <TextInput source="location" validate={validate.location} />
      <TextInput source="agenda" validate={validate.agenda} multiline minRows={2} />
      <TextInput source="minutes" validate={validate.minutes} multiline minRows={4} />
      <TextInput source="decisions" validate={validate.decisions} multiline minRows={3} />
    </>
  );
}
