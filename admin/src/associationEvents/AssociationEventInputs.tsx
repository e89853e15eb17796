import { AssociationEventKind } from '@mujtama/shared/enums';
import { associationEventRules } from '@mujtama/shared/validation';
import { TextInput } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { HijriDateInput } from '../common/HijriDateInput';
import { LTR_INPUT } from '../common/ltr';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';
import { useRuleValidators } from '../common/useRuleValidators';

export function AssociationEventInputs() {
  const validate = useRuleValidators(associationEventRules);
  return (
    <>
      <TextInput source="nameAr" validate={validate.nameAr} />
      <TextInput source="nameEn" validate={validate.nameEn} slotProps={LTR_INPUT} />
      <EnumInput source="kind" enumeration={AssociationEventKind} validate={validate.kind} />
      <ReferenceAutocompleteInput
        source="parentId"
        reference="AssociationEvent"
        validate={validate.parentId}
      />
      <HijriDateInput source="startDate" validate={validate.startDate} />
      <HijriDateInput source="endDate" validate={validate.endDate} />
      <TextInput source="timeNote" validate={validate.timeNote} helperText="mujtama.events.time_hint" />
      <TextInput source="venue" validate={validate.venue} />
      <TextInput source="description" validate={validate.description} multiline />
    </>
  );
}
