import { CreatePage } from '../common/ResourcePages';
import { RosterEntryInputs } from './RosterEntryInputs';

export function RosterEntryCreate() {
  return (
    <CreatePage>
      <RosterEntryInputs />
    </CreatePage>
  );
}
