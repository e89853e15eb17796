import { HealthCenterKind } from '@mujtama/shared/enums';
import { healthCenterRules } from '@mujtama/shared/validation';
import { BooleanInput, TextInput } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { LTR_INPUT } from '../common/ltr';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';
import { useRuleValidators } from '../common/useRuleValidators';

export function HealthCenterInputs() {
  const validate = useRuleValidators(healthCenterRules);
  return (
    <>
      <TextInput source="nameAr" validate={validate.nameAr} />
      <TextInput source="nameEn" validate={validate.nameEn} slotProps={LTR_INPUT} />
      <ReferenceAutocompleteInput source="districtId" reference="District" validate={validate.districtId} />
      <EnumInput source="kind" enumeration={HealthCenterKind} validate={validate.kind} />
      <TextInput source="phone" validate={validate.phone} slotProps={LTR_INPUT} />
      <TextInput source="email" validate={validate.email} slotProps={LTR_INPUT} />
      <TextInput source="address" validate={validate.address} multiline />
      <BooleanInput source="active" />
    </>
  );
}
