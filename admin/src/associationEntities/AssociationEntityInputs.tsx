import { AssociationEntityKind, entityKindsWithCenter } from '@mujtama/shared/enums';
import { associationEntityRules } from '@mujtama/shared/validation';
import { BooleanInput, FormDataConsumer, TextInput } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { LTR_INPUT } from '../common/ltr';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';
import { useRuleValidators } from '../common/useRuleValidators';

const hasCenter = (kind: unknown) => entityKindsWithCenter.some((candidate) => candidate === kind);

/** Only forums and teams belong to a center: one left from an earlier kind is cleared. */
export const clearStrayCenter = (data: Record<string, unknown>) =>
  hasCenter(data.kind) ? data : { ...data, centerId: null };

/** The neighborhood centers, which forums and teams belong to. */
export const CENTERS = { kind: 'NEIGHBORHOOD_CENTER' } as const;

/** The volunteer teams, which volunteers join and which deliver initiatives. */
export const TEAMS = { kind: 'VOLUNTEER_TEAM' } as const;

export function AssociationEntityInputs() {
  const validate = useRuleValidators(associationEntityRules);
  return (
    <>
      <TextInput source="nameAr" validate={validate.nameAr} />
      <TextInput source="nameEn" validate={validate.nameEn} slotProps={LTR_INPUT} />
      <EnumInput source="kind" enumeration={AssociationEntityKind} validate={validate.kind} />
      <FormDataConsumer<{ kind?: string }>>
        {({ formData }) =>
          hasCenter(formData.kind) ? (
            <ReferenceAutocompleteInput
              source="centerId"
              reference="AssociationEntity"
              filter={CENTERS}
              validate={validate.centerId}
            />
          ) : null
        }
      </FormDataConsumer>
      <ReferenceAutocompleteInput source="districtId" reference="District" validate={validate.districtId} />
      <ReferenceAutocompleteInput source="managerId" reference="Person" validate={validate.managerId} />
      <TextInput source="phone" validate={validate.phone} slotProps={LTR_INPUT} />
      <TextInput source="email" validate={validate.email} slotProps={LTR_INPUT} />
      <TextInput source="address" validate={validate.address} multiline />
      <TextInput source="description" validate={validate.description} multiline />
      <BooleanInput source="active" />
    </>
  );
}
