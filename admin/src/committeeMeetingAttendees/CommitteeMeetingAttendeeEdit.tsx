import { RecordTitle } from '../common/RecordTitle';
import { EditPage } from '../common/ResourcePages';
import { CommitteeMeetingAttendeeInputs } from './CommitteeMeetingAttendeeInputs';

export function CommitteeMeetingAttendeeEdit() {
  return (
    <EditPage title={<RecordTitle />}>
      <CommitteeMeetingAttendeeInputs />
    </EditPage>
  );
}
