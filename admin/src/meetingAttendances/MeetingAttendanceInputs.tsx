import { meetingAttendanceRules } from '@mujtama/shared/validation';
import { BooleanInput, TextInput, useGetOne } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';
import { useRuleValidators } from '../common/useRuleValidators';
import { RosterEntryReferenceInput } from '../rosterEntries/RosterEntryReferenceInput';

export function MeetingAttendanceInputs() {
  const validate = useRuleValidators(meetingAttendanceRules);
  const meetingId: unknown = useWatch({ name: 'meetingId' });
  const { data: meeting } = useGetOne(
    'GroupMeeting',
    { id: String(meetingId) },
    { enabled: typeof meetingId === 'string' && meetingId !== '' },
  );
  return (
    <>
      <ReferenceAutocompleteInput source="meetingId" reference="GroupMeeting" validate={validate.meetingId} />
      {/* The members offered are those of the group that met. */}
      <RosterEntryReferenceInput
        validate={validate.rosterEntryId}
        filter={meeting ? { offeringId: meeting.offeringId } : {}}
      />
      <BooleanInput source="present" />
      <TextInput source="notes" validate={validate.notes} />
    </>
  );
}
