import { RecordTitle } from '../common/RecordTitle';
import { EditPage } from '../common/ResourcePages';
import { CommitteeMemberInputs } from './CommitteeMemberInputs';

export function CommitteeMemberEdit() {
  return (
    <EditPage title={<RecordTitle />}>
      <CommitteeMemberInputs />
    </EditPage>
  );
}
