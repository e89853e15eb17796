import { EditPage } from '../common/ResourcePages';
import { EmpowermentPriorityInputs } from './EmpowermentPriorityInputs';

export function EmpowermentPriorityEdit() {
  return (
    <EditPage>
      <EmpowermentPriorityInputs />
    </EditPage>
  );
}
