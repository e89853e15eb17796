import { CreatePage } from '../common/ResourcePages';
import { EmpowermentPriorityInputs } from './EmpowermentPriorityInputs';

export function EmpowermentPriorityCreate() {
  return (
    <CreatePage defaultValues={{ status: 'PROPOSED' }}>
      <EmpowermentPriorityInputs />
    </CreatePage>
  );
}
