import { TeamRole } from '@mujtama/shared/enums';
import { volunteerTeamMemberRules } from '@mujtama/shared/validation';
import { TEAMS } from '../associationEntities/AssociationEntityInputs';
import { EnumInput } from '../common/EnumInput';
import { HijriDateInput } from '../common/HijriDateInput';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';
import { useRuleValidators } from '../common/useRuleValidators';
import { VolunteerReferenceInput } from '../volunteers/VolunteerReferenceInput';

/** `fixed` leaves out the reference the page opening the form already gives. */
export function VolunteerTeamMemberInputs({ fixed }: { fixed?: 'volunteerId' | 'teamId' }) {
  const validate = useRuleValidators(volunteerTeamMemberRules);
  return (
    <>
      {fixed === 'volunteerId' ? null : (
        <VolunteerReferenceInput source="volunteerId" validate={validate.volunteerId} />
      )}
      {fixed === 'teamId' ? null : (
        <ReferenceAutocompleteInput
          source="teamId"
          reference="AssociationEntity"
          filter={TEAMS}
          validate={validate.teamId}
        />
      )}
      <EnumInput source="role" enumeration={TeamRole} validate={validate.role} />
      <HijriDateInput source="since" validate={validate.since} />
      <HijriDateInput source="until" validate={validate.until} />
    </>
  );
}
