import { CreatePage } from '../common/ResourcePages';
import { TrainingAttendanceInputs } from './TrainingAttendanceInputs';

export function TrainingAttendanceCreate() {
  return (
    <CreatePage defaultValues={{ status: 'REGISTERED' }}>
      <TrainingAttendanceInputs />
    </CreatePage>
  );
}
