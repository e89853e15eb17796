import { EditPage } from '../common/ResourcePages';
import { TrainingEventInputs } from './TrainingEventInputs';

export function TrainingEventEdit() {
  return (
    <EditPage>
      <TrainingEventInputs />
    </EditPage>
  );
}
