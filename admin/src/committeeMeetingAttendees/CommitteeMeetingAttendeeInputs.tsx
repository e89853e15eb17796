import { committeeMeetingAttendeeRules } from '@mujtama/shared/validation';
import { TextInput } from 'react-admin';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';
import { useRuleValidators } from '../common/useRuleValidators';

/** `fixed` leaves out the reference the page opening the form already gives. */
export function CommitteeMeetingAttendeeInputs({ fixed }: { fixed?: 'meetingId' }) {
  const validate = useRuleValidators(committeeMeetingAttendeeRules);
  return (
    <>
      {fixed === 'meetingId' ? null : (
        <ReferenceAutocompleteInput
          source="meetingId"
          reference="CommitteeMeeting"
          sort={{ field: 'heldOn', order: 'DESC' }}
          validate={validate.meetingId}
        />
      )}
      <ReferenceAutocompleteInput source="personId" reference="Person" validate={validate.personId} />
      <TextInput source="notes" validate={validate.notes} />
    </>
  );
}
