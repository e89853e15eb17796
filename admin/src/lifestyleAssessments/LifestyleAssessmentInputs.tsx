import { Box } from '@mui/material';
import { SmokingStatus } from '@mujtama/shared/enums';
import { lifestyleAssessmentRules } from '@mujtama/shared/validation';
import { NumberInput, TextInput } from 'react-admin';
import { EnrollmentReferenceInput } from '../coachingEnrollments/EnrollmentReferenceInput';
import { EnumInput } from '../common/EnumInput';
import { HijriDateInput } from '../common/HijriDateInput';
import { useRuleValidators } from '../common/useRuleValidators';

const measures = [
  'weightKg',
  'heightCm',
  'waistCm',
  'systolicBp',
  'diastolicBp',
  'fastingGlucoseMgDl',
  'hba1cPercent',
  'activityMinutesPerWeek',
  'fruitVegServingsPerDay',
  'sleepHoursPerNight',
  'stressLevel',
] as const;

export function LifestyleAssessmentInputs() {
  const validate = useRuleValidators(lifestyleAssessmentRules);
  return (
    <>
      <EnrollmentReferenceInput validate={validate.enrollmentId} />
      <HijriDateInput source="assessedOn" validate={validate.assessedOn} />
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' },
          columnGap: 2,
          width: '100%',
        }}
      >
        {measures.map((measure) => (
          <NumberInput key={measure} source={measure} validate={validate[measure]} />
        ))}
      </Box>
      <EnumInput source="smokingStatus" enumeration={SmokingStatus} />
      <TextInput source="healthNeeds" validate={validate.healthNeeds} multiline minRows={3} />
      <TextInput source="notes" validate={validate.notes} multiline />
    </>
  );
}
