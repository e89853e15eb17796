import { localDay } from '../common/dates';
import { CreatePage } from '../common/ResourcePages';
import { GroupMeetingInputs } from './GroupMeetingInputs';

export function GroupMeetingCreate() {
  return (
    <CreatePage defaultValues={{ heldOn: localDay(new Date()) }}>
      <GroupMeetingInputs />
    </CreatePage>
  );
}
