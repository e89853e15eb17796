import { localDay } from '../common/dates';
import { CreatePage } from '../common/ResourcePages';
import { CoachingEnrollmentInputs, clearStrayPhysician } from './CoachingEnrollmentInputs';

export function CoachingEnrollmentCreate() {
  return (
    <CreatePage
      transform={clearStrayPhysician}
      defaultValues={{ accessRoute: 'DIRECT_BOOKING', status: 'ACTIVE', enrolledOn: localDay(new Date()) }}
    >
      <CoachingEnrollmentInputs />
    </CreatePage>
  );
}
