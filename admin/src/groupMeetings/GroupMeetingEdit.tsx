import { EditPage } from '../common/ResourcePages';
import { GroupMeetingInputs } from './GroupMeetingInputs';

export function GroupMeetingEdit() {
  return (
    <EditPage>
      <GroupMeetingInputs />
    </EditPage>
  );
}
