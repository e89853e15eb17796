import { AssociationUnitKind } from '@mujtama/shared/enums';
import { associationUnitRules } from '@mujtama/shared/validation';
import { TextInput } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { LTR_INPUT } from '../common/ltr';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';
import { useRuleValidators } from '../common/useRuleValidators';

export function AssociationUnitInputs() {
  const validate = useRuleValidators(associationUnitRules);
  return (
    <>
      <TextInput source="nameAr" validate={validate.nameAr} />
      <TextInput source="nameEn" validate={validate.nameEn} slotProps={LTR_INPUT} />
      <EnumInput source="kind" enumeration={AssociationUnitKind} validate={validate.kind} />
      <ReferenceAutocompleteInput
        source="parentId"
        reference="AssociationUnit"
        validate={validate.parentId}
      />
      <TextInput source="headTitle" validate={validate.headTitle} />
      <TextInput source="description" validate={validate.description} multiline />
    </>
  );
}
