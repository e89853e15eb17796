import { RecordTitle } from '../common/RecordTitle';
import { EditPage } from '../common/ResourcePages';
import { InitiativePartnerInputs } from './InitiativePartnerInputs';

export function InitiativePartnerEdit() {
  return (
    <EditPage title={<RecordTitle />}>
      <InitiativePartnerInputs />
    </EditPage>
  );
}
