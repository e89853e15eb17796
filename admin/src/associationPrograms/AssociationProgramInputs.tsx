import { AssociationProgramKind } from '@mujtama/shared/enums';
import { associationProgramRules } from '@mujtama/shared/validation';
import { TextInput } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { HijriDateInput } from '../common/HijriDateInput';
import { LTR_INPUT } from '../common/ltr';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';
import { useRuleValidators } from '../common/useRuleValidators';

export function AssociationProgramInputs() {
  const validate = useRuleValidators(associationProgramRules);
  return (
    <>
      <TextInput source="nameAr" validate={validate.nameAr} />
      <TextInput source="nameEn" validate={validate.nameEn} slotProps={LTR_INPUT} />
      <EnumInput source="kind" enumeration={AssociationProgramKind} validate={validate.kind} />
      <ReferenceAutocompleteInput source="unitId" reference="AssociationUnit" validate={validate.unitId} />
      <TextInput source="goals" validate={validate.goals} multiline minRows={3} />
      <TextInput source="description" validate={validate.description} multiline minRows={3} />
      <HijriDateInput source="startDate" validate={validate.startDate} />
      <HijriDateInput source="endDate" validate={validate.endDate} />
    </>
  );
}
