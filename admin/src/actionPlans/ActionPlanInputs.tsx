import { PlanStatus } from '@mujtama/shared/enums';
import { actionPlanRules } from '@mujtama/shared/validation';
import { TextInput } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { EnumInput } from '../common/EnumInput';
import { HijriDateInput } from '../common/HijriDateInput';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';
import { useRuleValidators } from '../common/useRuleValidators';

export function ActionPlanInputs() {
  const validate = useRuleValidators(actionPlanRules);
  const offeringId: unknown = useWatch({ name: 'offeringId' });
  return (
    <>
      <ReferenceAutocompleteInput
        source="offeringId"
        reference="ProgramOffering"
        filter={{ kind: 'COMMUNITY_EMPOWERMENT' }}
        validate={validate.offeringId}
      />
      {/* A plan acts on a priority its own team set. */}
      <ReferenceAutocompleteInput
        source="priorityId"
        reference="EmpowermentPriority"
        filter={offeringId ? { offeringId } : {}}
      />
      <TextInput source="title" validate={validate.title} />
      <EnumInput source="status" enumeration={PlanStatus} validate={validate.status} />
      <HijriDateInput source="startDate" validate={validate.startDate} />
      <HijriDateInput source="endDate" validate={validate.endDate} />
    </>
  );
}
