import { EditPage } from '../common/ResourcePages';
import { CoachingEnrollmentInputs } from './CoachingEnrollmentInputs';

export function CoachingEnrollmentEdit() {
  return (
    <EditPage>
      <CoachingEnrollmentInputs />
    </EditPage>
  );
}
