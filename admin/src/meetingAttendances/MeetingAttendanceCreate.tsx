import { CreatePage } from '../common/ResourcePages';
import { MeetingAttendanceInputs } from './MeetingAttendanceInputs';

export function MeetingAttendanceCreate() {
  return (
    <CreatePage defaultValues={{ present: true }}>
      <MeetingAttendanceInputs />
    </CreatePage>
  );
}
