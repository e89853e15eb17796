import { CreatePage } from '../common/ResourcePages';
import { InitiativePartnerInputs } from './InitiativePartnerInputs';

export function InitiativePartnerCreate() {
  return (
    <CreatePage>
      <InitiativePartnerInputs />
    </CreatePage>
  );
}
