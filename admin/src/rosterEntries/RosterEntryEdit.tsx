import { RecordTitle } from '../common/RecordTitle';
import { EditPage } from '../common/ResourcePages';
import { RosterEntryInputs } from './RosterEntryInputs';

export function RosterEntryEdit() {
  return (
    <EditPage title={<RecordTitle />}>
      <RosterEntryInputs />
    </EditPage>
  );
}
