import { RecordTitle } from '../common/RecordTitle';
import { EditPage } from '../common/ResourcePages';
import { VisitGroupMemberInputs } from './VisitGroupMemberInputs';

export function VisitGroupMemberEdit() {
  return (
    <EditPage title={<RecordTitle />}>
      <VisitGroupMemberInputs />
    </EditPage>
  );
}
