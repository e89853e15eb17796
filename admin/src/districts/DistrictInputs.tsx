import { districtRules } from '@mujtama/shared/validation';
import { TextInput } from 'react-admin';
import { LTR_INPUT } from '../common/ltr';
import { useRuleValidators } from '../common/useRuleValidators';

export function DistrictInputs() {
  const validate = useRuleValidators(districtRules);
  return (
    <>
      <TextInput source="nameAr" validate={validate.nameAr} />
      <TextInput source="nameEn" validate={validate.nameEn} slotProps={LTR_INPUT} />
    </>
  );
}
