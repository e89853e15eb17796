import { visitGroupMemberRules } from '@mujtama/shared/validation';
import { NumberInput } from 'react-admin';
import { CENTERS } from '../associationEntities/AssociationEntityInputs';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';
import { useRuleValidators } from '../common/useRuleValidators';

/** `fixed` leaves out the reference the page opening the form already gives. */
export function VisitGroupMemberInputs({ fixed }: { fixed?: 'groupId' }) {
  const validate = useRuleValidators(visitGroupMemberRules);
  return (
    <>
      {fixed === 'groupId' ? null : (
        <ReferenceAutocompleteInput source="groupId" reference="VisitGroup" validate={validate.groupId} />
      )}
      <ReferenceAutocompleteInput
        source="entityId"
        reference="AssociationEntity"
        filter={CENTERS}
        validate={validate.entityId}
      />
      <NumberInput
        source="position"
        validate={validate.position}
        step={1}
        helperText="mujtama.visit_groups.position_hint"
      />
    </>
  );
}
