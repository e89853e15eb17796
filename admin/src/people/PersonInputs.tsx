import { Gender, PersonRole } from '@mujtama/shared/enums';
import { personRules } from '@mujtama/shared/validation';
import { NumberInput, TextInput } from 'react-admin';
import { EnumArrayInput, EnumInput } from '../common/EnumInput';
import { LTR_INPUT } from '../common/ltr';
import { useRuleValidators } from '../common/useRuleValidators';

export function PersonInputs() {
  const validate = useRuleValidators(personRules);
  return (
    <>
      <TextInput source="nameAr" validate={validate.nameAr} />
      <TextInput source="nameEn" validate={validate.nameEn} slotProps={LTR_INPUT} />
      <EnumInput source="gender" enumeration={Gender} validate={validate.gender} />
      <EnumArrayInput source="roles" enumeration={PersonRole} />
      <TextInput source="phone" validate={validate.phone} slotProps={LTR_INPUT} />
      <TextInput source="email" validate={validate.email} slotProps={LTR_INPUT} />
      <NumberInput source="birthYear" validate={validate.birthYear} step={1} />
      <TextInput source="notes" validate={validate.notes} multiline />
    </>
  );
}
