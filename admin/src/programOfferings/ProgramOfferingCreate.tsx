import { CreatePage } from '../common/ResourcePages';
import { ProgramOfferingInputs } from './ProgramOfferingInputs';

export function ProgramOfferingCreate() {
  return (
    <CreatePage defaultValues={{ status: 'ACTIVE' }}>
      <ProgramOfferingInputs />
    </CreatePage>
  );
}
