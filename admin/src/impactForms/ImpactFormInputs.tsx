import { ImpactFormTarget } from '@mujtama/shared/enums';
import { impactFormRules } from '@mujtama/shared/validation';
import { TextInput } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';
import { useRuleValidators } from '../common/useRuleValidators';

export function ImpactFormInputs() {
  const validate = useRuleValidators(impactFormRules);
  return (
    <>
      <TextInput source="title" validate={validate.title} />
      <EnumInput source="target" enumeration={ImpactFormTarget} validate={validate.target} />
      <ReferenceAutocompleteInput
        source="programId"
        reference="AssociationProgram"
        validate={validate.programId}
        helperText="mujtama.impact.program_hint"
      />
      <TextInput source="description" validate={validate.description} multiline />
    </>
  );
}
