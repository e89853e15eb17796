import { AttendanceStatus } from '@mujtama/shared/enums';
import { trainingAttendanceRules } from '@mujtama/shared/validation';
import { TextInput } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';
import { useRuleValidators } from '../common/useRuleValidators';

export function TrainingAttendanceInputs() {
  const validate = useRuleValidators(trainingAttendanceRules);
  return (
    <>
      <ReferenceAutocompleteInput source="eventId" reference="TrainingEvent" validate={validate.eventId} />
      <ReferenceAutocompleteInput source="personId" reference="Person" validate={validate.personId} />
      <EnumInput source="status" enumeration={AttendanceStatus} validate={validate.status} />
      <TextInput source="notes" validate={validate.notes} />
    </>
  );
}
