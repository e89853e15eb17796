import { CreatePage } from '../common/ResourcePages';
import { clearStrayTopic, ProgramOfferingInputs } from './ProgramOfferingInputs';

export function ProgramOfferingCreate() {
  return (
    <CreatePage defaultValues={{ status: 'ACTIVE' }} transform={clearStrayTopic}>
      <ProgramOfferingInputs />
    </CreatePage>
  );
}
