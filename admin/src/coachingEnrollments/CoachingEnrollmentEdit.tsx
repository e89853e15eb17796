import { RecordTitle } from '../common/RecordTitle';
import { EditPage } from '../common/ResourcePages';
import { CoachingEnrollmentInputs, clearStrayPhysician } from './CoachingEnrollmentInputs';

export function CoachingEnrollmentEdit() {
  return (
    <EditPage title={<RecordTitle />} transform={clearStrayPhysician}>
      <CoachingEnrollmentInputs />
    </EditPage>
  );
}
