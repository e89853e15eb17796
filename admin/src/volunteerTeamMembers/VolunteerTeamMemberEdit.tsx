import { RecordTitle } from '../common/RecordTitle';
import { EditPage } from '../common/ResourcePages';
import { VolunteerTeamMemberInputs } from './VolunteerTeamMemberInputs';

export function VolunteerTeamMemberEdit() {
  return (
    <EditPage title={<RecordTitle />}>
      <VolunteerTeamMemberInputs />
    </EditPage>
  );
}
