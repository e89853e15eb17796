import { EditPage } from '../common/ResourcePages';
import { ProgramOfferingInputs } from './ProgramOfferingInputs';

export function ProgramOfferingEdit() {
  return (
    <EditPage>
      <ProgramOfferingInputs />
    </EditPage>
  );
}
