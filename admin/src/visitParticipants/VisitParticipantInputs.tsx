import { visitParticipantRules } from '@mujtama/shared/validation';
import { TextInput } from 'react-admin';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';
import { useRuleValidators } from '../common/useRuleValidators';
import { VisitReferenceInput } from '../visits/VisitReferenceInput';

/** `fixed` leaves out the reference the page opening the form already gives. */
export function VisitParticipantInputs({ fixed }: { fixed?: 'visitId' }) {
  const validate = useRuleValidators(visitParticipantRules);
  return (
    <>
      {fixed === 'visitId' ? null : <VisitReferenceInput source="visitId" validate={validate.visitId} />}
      <ReferenceAutocompleteInput
        source="entityId"
        reference="AssociationEntity"
        validate={validate.entityId}
      />
      <TextInput source="notes" validate={validate.notes} />
    </>
  );
}
