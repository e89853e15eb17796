import { EditPage } from '../common/ResourcePages';
import { PlanActionInputs } from './PlanActionInputs';

export function PlanActionEdit() {
  return (
    <EditPage>
      <PlanActionInputs />
    </EditPage>
  );
}
