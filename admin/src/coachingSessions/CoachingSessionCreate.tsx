import { localDay } from '../common/dates';
import { CreatePage } from '../common/ResourcePages';
import { CoachingSessionInputs } from './CoachingSessionInputs';

export function CoachingSessionCreate() {
  return (
    <CreatePage defaultValues={{ heldOn: localDay(new Date()), mode: 'IN_CLINIC' }}>
      <CoachingSessionInputs />
    </CreatePage>
  );
}
