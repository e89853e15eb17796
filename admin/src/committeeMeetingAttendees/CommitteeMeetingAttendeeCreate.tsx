import { CreatePage } from '../common/ResourcePages';
import { CommitteeMeetingAttendeeInputs } from './CommitteeMeetingAttendeeInputs';

export function CommitteeMeetingAttendeeCreate() {
  return (
    <CreatePage>
      <CommitteeMeetingAttendeeInputs />
    </CreatePage>
  );
}
