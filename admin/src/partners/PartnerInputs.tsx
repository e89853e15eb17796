import { PartnerSector } from '@mujtama/shared/enums';
import { partnerRules } from '@mujtama/shared/validation';
import { TextInput } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { LTR_INPUT } from '../common/ltr';
import { useRuleValidators } from '../common/useRuleValidators';

export function PartnerInputs() {
  const validate = useRuleValidators(partnerRules);
  return (
    <>
      <TextInput source="nameAr" validate={validate.nameAr} />
      <TextInput source="nameEn" validate={validate.nameEn} slotProps={LTR_INPUT} />
      <EnumInput source="sector" enumeration={PartnerSector} validate={validate.sector} />
      <TextInput source="contactName" validate={validate.contactName} />
      <TextInput source="phone" validate={validate.phone} slotProps={LTR_INPUT} />
      <TextInput source="email" validate={validate.email} slotProps={LTR_INPUT} />
      <TextInput source="notes" validate={validate.notes} multiline />
    </>
  );
}
