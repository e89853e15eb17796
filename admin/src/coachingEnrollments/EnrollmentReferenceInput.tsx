import { formatHijri } from '@mujtama/shared/arabic';
import type { Validator } from 'react-admin';
import { PersonLinkedReferenceInput } from '../common/PersonLinkedReferenceInput';
import { useAppLocale } from '../common/useAppLocale';

/** Chooses a coaching enrollment by the person's name and the day they enrolled. */
export function EnrollmentReferenceInput(props: { validate?: Validator; alwaysOn?: boolean }) {
  const locale = useAppLocale();
  return (
    <PersonLinkedReferenceInput
      source="enrollmentId"
      reference="CoachingEnrollment"
      detail={(enrollment) =>
        typeof enrollment.enrolledOn === 'string' ? formatHijri(enrollment.enrolledOn, locale) : ''
      }
      {...props}
    />
  );
}
