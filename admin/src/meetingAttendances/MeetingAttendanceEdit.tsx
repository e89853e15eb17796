import { RecordTitle } from '../common/RecordTitle';
import { EditPage } from '../common/ResourcePages';
import { MeetingAttendanceInputs } from './MeetingAttendanceInputs';

export function MeetingAttendanceEdit() {
  return (
    <EditPage title={<RecordTitle />}>
      <MeetingAttendanceInputs />
    </EditPage>
  );
}
