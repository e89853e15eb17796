import { CreatePage } from '../common/ResourcePages';
import { CommitteeMeetingInputs } from './CommitteeMeetingInputs';

/** The new meeting opens on its page, where its attendees are added. */
export function CommitteeMeetingCreate() {
  return (
    <CreatePage>
      <CommitteeMeetingInputs />
    </CreatePage>
  );
}
