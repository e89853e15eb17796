import { CommitteeRole } from '@mujtama/shared/enums';
import { committeeMemberRules } from '@mujtama/shared/validation';
import { EnumInput } from '../common/EnumInput';
import { HijriDateInput } from '../common/HijriDateInput';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';
import { useRuleValidators } from '../common/useRuleValidators';

/** `fixed` leaves out the reference the page opening the form already gives. */
export function CommitteeMemberInputs({ fixed }: { fixed?: 'committeeId' }) {
  const validate = useRuleValidators(committeeMemberRules);
  return (
    <>
      {fixed === 'committeeId' ? null : (
        <ReferenceAutocompleteInput
          source="committeeId"
          reference="Committee"
          validate={validate.committeeId}
        />
      )}
      <ReferenceAutocompleteInput source="personId" reference="Person" validate={validate.personId} />
      <EnumInput source="role" enumeration={CommitteeRole} validate={validate.role} />
      <HijriDateInput source="since" validate={validate.since} />
      <HijriDateInput source="until" validate={validate.until} />
    </>
  );
}
