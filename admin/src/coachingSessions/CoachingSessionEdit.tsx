import { EditPage } from '../common/ResourcePages';
import { CoachingSessionInputs } from './CoachingSessionInputs';

export function CoachingSessionEdit() {
  return (
    <EditPage>
      <CoachingSessionInputs />
    </EditPage>
  );
}
