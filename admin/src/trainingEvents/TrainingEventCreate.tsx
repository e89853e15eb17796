import { CreatePage } from '../common/ResourcePages';
import { TrainingEventInputs } from './TrainingEventInputs';

export function TrainingEventCreate() {
  return (
    <CreatePage defaultValues={{ kind: 'WORKSHOP', organizer: 'HEALTH_CLUSTER' }}>
      <TrainingEventInputs />
    </CreatePage>
  );
}
