import { ActionStatus } from '@mujtama/shared/enums';
import { planActionRules } from '@mujtama/shared/validation';
import { TextInput } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { HijriDateInput } from '../common/HijriDateInput';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';
import { useRuleValidators } from '../common/useRuleValidators';

export function PlanActionInputs() {
  const validate = useRuleValidators(planActionRules);
  return (
    <>
      <ReferenceAutocompleteInput source="planId" reference="ActionPlan" validate={validate.planId} />
      <TextInput source="description" validate={validate.description} multiline />
      <ReferenceAutocompleteInput source="ownerId" reference="Person" />
      <HijriDateInput source="dueDate" validate={validate.dueDate} />
      <EnumInput source="status" enumeration={ActionStatus} validate={validate.status} />
    </>
  );
}
