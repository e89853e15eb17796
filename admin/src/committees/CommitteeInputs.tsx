import { CommitteeKind } from '@mujtama/shared/enums';
import { committeeRules } from '@mujtama/shared/validation';
import { TextInput } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';
import { useRuleValidators } from '../common/useRuleValidators';

export function CommitteeInputs() {
  const validate = useRuleValidators(committeeRules);
  return (
    <>
      <ReferenceAutocompleteInput
        source="programId"
        reference="AssociationProgram"
        validate={validate.programId}
      />
      <EnumInput source="kind" enumeration={CommitteeKind} validate={validate.kind} />
      <TextInput source="nameAr" validate={validate.nameAr} />
      <TextInput source="mandate" validate={validate.mandate} multiline />
    </>
  );
}
