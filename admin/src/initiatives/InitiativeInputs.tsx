import { InitiativeStatus, SocialService } from '@mujtama/shared/enums';
import { initiativeRules } from '@mujtama/shared/validation';
import { NumberInput, TextInput } from 'react-admin';
import { TEAMS } from '../associationEntities/AssociationEntityInputs';
import { EnumInput } from '../common/EnumInput';
import { HijriDateInput } from '../common/HijriDateInput';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';
import { useRuleValidators } from '../common/useRuleValidators';

const INITIATIVE_FORMS = { target: 'INITIATIVE' } as const;

export function InitiativeInputs() {
  const validate = useRuleValidators(initiativeRules);
  return (
    <>
      <TextInput source="title" validate={validate.title} />
      <ReferenceAutocompleteInput
        source="programId"
        reference="AssociationProgram"
        validate={validate.programId}
      />
      <ReferenceAutocompleteInput
        source="teamId"
        reference="AssociationEntity"
        filter={TEAMS}
        validate={validate.teamId}
      />
      <EnumInput source="service" enumeration={SocialService} validate={validate.service} />
      <EnumInput source="status" enumeration={InitiativeStatus} validate={validate.status} />
      <HijriDateInput source="startDate" validate={validate.startDate} />
      <HijriDateInput source="endDate" validate={validate.endDate} />
      <NumberInput source="beneficiaries" validate={validate.beneficiaries} step={1} />
      <ReferenceAutocompleteInput
        source="supervisingUnitId"
        reference="AssociationUnit"
        validate={validate.supervisingUnitId}
      />
      <ReferenceAutocompleteInput source="supervisorId" reference="Person" validate={validate.supervisorId} />
      <ReferenceAutocompleteInput
        source="impactFormId"
        reference="ImpactForm"
        filter={INITIATIVE_FORMS}
        validate={validate.impactFormId}
      />
      <TextInput source="description" validate={validate.description} multiline />
    </>
  );
}
