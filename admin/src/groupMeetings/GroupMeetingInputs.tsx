import { groupMeetingRules } from '@mujtama/shared/validation';
import { TextInput } from 'react-admin';
import { HijriDateInput } from '../common/HijriDateInput';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';
import { useRuleValidators } from '../common/useRuleValidators';

export function GroupMeetingInputs() {
  const validate = useRuleValidators(groupMeetingRules);
  return (
    <>
      <ReferenceAutocompleteInput
        source="offeringId"
        reference="ProgramOffering"
        filter={{ kind: 'INTEREST_GROUP' }}
        validate={validate.offeringId}
      />
      <HijriDateInput source="heldOn" validate={validate.heldOn} />
      <TextInput source="topic" validate={validate.topic} />
      <TextInput source="notes" validate={validate.notes} multiline minRows={3} />
    </>
  );
}
