import { EditPage } from '../common/ResourcePages';
import { TrainingAttendanceInputs } from './TrainingAttendanceInputs';

export function TrainingAttendanceEdit() {
  return (
    <EditPage>
      <TrainingAttendanceInputs />
    </EditPage>
  );
}
