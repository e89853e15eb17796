import { ActivityCategory } from '@mujtama/shared/enums';
import { activityRules } from '@mujtama/shared/validation';
import { NumberInput, TextInput } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { HijriDateInput } from '../common/HijriDateInput';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';
import { useRuleValidators } from '../common/useRuleValidators';

/** `fixed` leaves out the entity when the activity is added from the entity's page. */
export function ActivityInputs({ fixed }: { fixed?: 'entityId' }) {
  const validate = useRuleValidators(activityRules);
  return (
    <>
      {fixed === 'entityId' ? null : (
        <ReferenceAutocompleteInput
          source="entityId"
          reference="AssociationEntity"
          validate={validate.entityId}
        />
      )}
      <TextInput source="title" validate={validate.title} />
      <HijriDateInput source="heldOn" validate={validate.heldOn} />
      <EnumInput source="category" enumeration={ActivityCategory} validate={validate.category} />
      <NumberInput source="participants" validate={validate.participants} step={1} />
      <TextInput source="description" validate={validate.description} multiline />
    </>
  );
}
