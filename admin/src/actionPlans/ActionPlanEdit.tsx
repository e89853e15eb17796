import { EditPage } from '../common/ResourcePages';
import { ActionPlanInputs } from './ActionPlanInputs';

export function ActionPlanEdit() {
  return (
    <EditPage>
      <ActionPlanInputs />
    </EditPage>
  );
}
