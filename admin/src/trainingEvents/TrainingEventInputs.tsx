import { TrainingAudience, TrainingKind, TrainingOrganizer } from '@mujtama/shared/enums';
import { trainingEventRules } from '@mujtama/shared/validation';
import { NumberInput, TextInput } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { HijriDateInput } from '../common/HijriDateInput';
import { useRuleValidators } from '../common/useRuleValidators';

export function TrainingEventInputs() {
  const validate = useRuleValidators(trainingEventRules);
  return (
    <>
      <TextInput source="title" validate={validate.title} />
      <EnumInput source="kind" enumeration={TrainingKind} validate={validate.kind} />
      <EnumInput source="audience" enumeration={TrainingAudience} validate={validate.audience} />
      <EnumInput source="organizer" enumeration={TrainingOrganizer} validate={validate.organizer} />
      <HijriDateInput source="startDate" validate={validate.startDate} />
      <HijriDateInput source="endDate" validate={validate.endDate} />
      <TextInput source="location" validate={validate.location} />
      <NumberInput source="hours" validate={validate.hours} step={0.5} />
      <TextInput source="description" validate={validate.description} multiline minRows={3} />
    </>
  );
}
