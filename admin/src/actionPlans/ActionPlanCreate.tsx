import { CreatePage } from '../common/ResourcePages';
import { ActionPlanInputs } from './ActionPlanInputs';

export function ActionPlanCreate() {
  return (
    <CreatePage defaultValues={{ status: 'DRAFT' }}>
      <ActionPlanInputs />
    </CreatePage>
  );
}
