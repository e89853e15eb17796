import { PriorityStatus } from '@mujtama/shared/enums';
import { empowermentPriorityRules } from '@mujtama/shared/validation';
import { NumberInput, TextInput } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';
import { useRuleValidators } from '../common/useRuleValidators';

export function EmpowermentPriorityInputs() {
  const validate = useRuleValidators(empowermentPriorityRules);
  return (
    <>
      <ReferenceAutocompleteInput
        source="offeringId"
        reference="ProgramOffering"
        filter={{ kind: 'COMMUNITY_EMPOWERMENT' }}
        validate={validate.offeringId}
      />
      <TextInput source="title" validate={validate.title} />
      <TextInput source="description" validate={validate.description} multiline minRows={3} />
      <NumberInput source="rank" validate={validate.rank} step={1} />
      <EnumInput source="status" enumeration={PriorityStatus} validate={validate.status} />
    </>
  );
}
