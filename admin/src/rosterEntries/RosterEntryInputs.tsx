import { RosterRole } from '@mujtama/shared/enums';
import { rosterEntryRules } from '@mujtama/shared/validation';
import { TextInput } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { HijriDateInput } from '../common/HijriDateInput';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';
import { useRuleValidators } from '../common/useRuleValidators';

/** `withOffering={false}` when the form is opened from the offering itself, which fixes it. */
export function RosterEntryInputs({ withOffering = true }: { withOffering?: boolean }) {
  const validate = useRuleValidators(rosterEntryRules);
  return (
    <>
      {withOffering ? (
        <ReferenceAutocompleteInput
          source="offeringId"
          reference="ProgramOffering"
          validate={validate.offeringId}
        />
      ) : null}
      <ReferenceAutocompleteInput source="personId" reference="Person" validate={validate.personId} />
      <EnumInput source="role" enumeration={RosterRole} validate={validate.role} />
      <HijriDateInput source="since" validate={validate.since} />
      <HijriDateInput source="until" validate={validate.until} />
      <TextInput source="notes" validate={validate.notes} multiline />
    </>
  );
}
