import { EditPage } from '../common/ResourcePages';
import { MeetingAttendanceInputs } from './MeetingAttendanceInputs';

export function MeetingAttendanceEdit() {
  return (
    <EditPage>
      <MeetingAttendanceInputs />
    </EditPage>
  );
}
