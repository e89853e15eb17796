import { EditPage } from '../common/ResourcePages';
import { CommitteeMeetingInputs } from './CommitteeMeetingInputs';

export function CommitteeMeetingEdit() {
  return (
    <EditPage>
      <CommitteeMeetingInputs />
    </EditPage>
  );
}
