import { InterestGroupTopic, OfferingStatus, ProgramKind } from '@mujtama/shared/enums';
import { programOfferingRules } from '@mujtama/shared/validation';
import { FormDataConsumer, TextInput } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { HijriDateInput } from '../common/HijriDateInput';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';
import { useRuleValidators } from '../common/useRuleValidators';

/** Only interest groups have a topic: one left from an earlier kind is cleared. */
export const clearStrayTopic = (data: Record<string, unknown>) =>
  data.kind === 'INTEREST_GROUP' ? data : { ...data, topic: null };

export function ProgramOfferingInputs() {
  const validate = useRuleValidators(programOfferingRules);
  return (
    <>
      <ReferenceAutocompleteInput source="centerId" reference="HealthCenter" validate={validate.centerId} />
      <EnumInput source="kind" enumeration={ProgramKind} validate={validate.kind} />
      <FormDataConsumer<{ kind?: string }>>
        {({ formData }) =>
          formData.kind === 'INTEREST_GROUP' ? (
            <EnumInput source="topic" enumeration={InterestGroupTopic} />
          ) : null
        }
      </FormDataConsumer>
      <EnumInput source="status" enumeration={OfferingStatus} validate={validate.status} />
      <TextInput source="nameAr" validate={validate.nameAr} helperText="mujtama.offerings.name_hint" />
      <HijriDateInput source="startDate" validate={validate.startDate} />
      <HijriDateInput source="endDate" validate={validate.endDate} />
      <TextInput source="notes" validate={validate.notes} multiline />
    </>
  );
}
