import { RecordTitle } from '../common/RecordTitle';
import { EditPage } from '../common/ResourcePages';
import { TrainingAttendanceInputs } from './TrainingAttendanceInputs';

export function TrainingAttendanceEdit() {
  return (
    <EditPage title={<RecordTitle />}>
      <TrainingAttendanceInputs />
    </EditPage>
  );
}
