import { VolunteerSkill } from '@mujtama/shared/enums';
import { volunteerRules } from '@mujtama/shared/validation';
import { TextInput } from 'react-admin';
import { EnumArrayInput } from '../common/EnumInput';
import { HijriDateInput } from '../common/HijriDateInput';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';
import { useRuleValidators } from '../common/useRuleValidators';

export function VolunteerInputs() {
  const validate = useRuleValidators(volunteerRules);
  return (
    <>
      <ReferenceAutocompleteInput source="personId" reference="Person" validate={validate.personId} />
      <HijriDateInput source="joinedOn" validate={validate.joinedOn} />
      <EnumArrayInput source="skills" enumeration={VolunteerSkill} />
      <TextInput source="skillsNote" validate={validate.skillsNote} />
      <TextInput source="notes" validate={validate.notes} multiline />
    </>
  );
}
