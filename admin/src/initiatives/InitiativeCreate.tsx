import { CreatePage } from '../common/ResourcePages';
import { InitiativeInputs } from './InitiativeInputs';

export function InitiativeCreate() {
  return (
    <CreatePage defaultValues={{ status: 'PLANNED' }}>
      <InitiativeInputs />
    </CreatePage>
  );
}
