import { initiativePartnerRules } from '@mujtama/shared/validation';
import { TextInput } from 'react-admin';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';
import { useRuleValidators } from '../common/useRuleValidators';

/** `fixed` leaves out the reference the page opening the form already gives. */
export function InitiativePartnerInputs({ fixed }: { fixed?: 'initiativeId' | 'partnerId' }) {
  const validate = useRuleValidators(initiativePartnerRules);
  return (
    <>
      {fixed === 'initiativeId' ? null : (
        <ReferenceAutocompleteInput
          source="initiativeId"
          reference="Initiative"
          validate={validate.initiativeId}
        />
      )}
      {fixed === 'partnerId' ? null : (
        <ReferenceAutocompleteInput source="partnerId" reference="Partner" validate={validate.partnerId} />
      )}
      <TextInput source="contribution" validate={validate.contribution} multiline />
    </>
  );
}
