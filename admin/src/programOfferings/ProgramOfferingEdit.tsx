import { EditPage } from '../common/ResourcePages';
import { clearStrayTopic, ProgramOfferingInputs } from './ProgramOfferingInputs';

export function ProgramOfferingEdit() {
  return (
    <EditPage transform={clearStrayTopic}>
      <ProgramOfferingInputs />
    </EditPage>
  );
}
