import { visitGroupRules } from '@mujtama/shared/validation';
import { TextInput } from 'react-admin';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';
import { useRuleValidators } from '../common/useRuleValidators';

export function VisitGroupInputs() {
  const validate = useRuleValidators(visitGroupRules);
  return (
    <>
      <ReferenceAutocompleteInput
        source="programId"
        reference="AssociationProgram"
        validate={validate.programId}
      />
      <TextInput source="nameAr" validate={validate.nameAr} />
      <TextInput source="notes" validate={validate.notes} multiline />
    </>
  );
}
