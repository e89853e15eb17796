import { RecordTitle } from '../common/RecordTitle';
import { EditPage } from '../common/ResourcePages';
import { InitiativeVolunteerInputs } from './InitiativeVolunteerInputs';

export function InitiativeVolunteerEdit() {
  return (
    <EditPage title={<RecordTitle />}>
      <InitiativeVolunteerInputs />
    </EditPage>
  );
}
