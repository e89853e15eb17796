import { RecordTitle } from '../common/RecordTitle';
import { EditPage } from '../common/ResourcePages';
import { VolunteerInputs } from './VolunteerInputs';

export function VolunteerEdit() {
  return (
    <EditPage title={<RecordTitle />}>
      <VolunteerInputs />
    </EditPage>
  );
}
