import { programParticipantRules } from '@mujtama/shared/validation';
import { TextInput } from 'react-admin';
import { HijriDateInput } from '../common/HijriDateInput';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';
import { useRuleValidators } from '../common/useRuleValidators';

/** `fixed` leaves out the reference the page opening the form already gives. */
export function ProgramParticipantInputs({ fixed }: { fixed?: 'programId' | 'entityId' }) {
  const validate = useRuleValidators(programParticipantRules);
  return (
    <>
      {fixed === 'programId' ? null : (
        <ReferenceAutocompleteInput
          source="programId"
          reference="AssociationProgram"
          validate={validate.programId}
        />
      )}
      {fixed === 'entityId' ? null : (
        <ReferenceAutocompleteInput
          source="entityId"
          reference="AssociationEntity"
          validate={validate.entityId}
        />
      )}
      <HijriDateInput source="joinedOn" validate={validate.joinedOn} />
      <TextInput source="notes" validate={validate.notes} />
    </>
  );
}
