import { CreatePage } from '../common/ResourcePages';
import { InitiativeVolunteerInputs } from './InitiativeVolunteerInputs';

export function InitiativeVolunteerCreate() {
  return (
    <CreatePage>
      <InitiativeVolunteerInputs />
    </CreatePage>
  );
}
