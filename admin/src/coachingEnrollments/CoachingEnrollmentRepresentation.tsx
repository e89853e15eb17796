import { HijriDateField } from '../common/HijriDateField';
import { PersonLinkedField } from '../common/PersonLinkedField';

/** An enrollment reads as the person and the day they enrolled. */
export function CoachingEnrollmentRepresentation() {
  return <PersonLinkedField detail={<HijriDateField source="enrolledOn" />} />;
}
