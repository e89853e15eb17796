import { EditPage } from '../common/ResourcePages';
import { RosterEntryInputs } from './RosterEntryInputs';

export function RosterEntryEdit() {
  return (
    <EditPage>
      <RosterEntryInputs />
    </EditPage>
  );
}
