import { CreatePage } from '../common/ResourcePages';
import { PlanActionInputs } from './PlanActionInputs';

export function PlanActionCreate() {
  return (
    <CreatePage defaultValues={{ status: 'NOT_STARTED' }}>
      <PlanActionInputs />
    </CreatePage>
  );
}
