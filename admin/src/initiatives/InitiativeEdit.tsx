import { EditPage } from '../common/ResourcePages';
import { InitiativeInputs } from './InitiativeInputs';

export function InitiativeEdit() {
  return (
    <EditPage>
      <InitiativeInputs />
    </EditPage>
  );
}
