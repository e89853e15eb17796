import { RecordTitle } from '../common/RecordTitle';
import { EditPage } from '../common/ResourcePages';
import { EventExhibitorInputs } from './EventExhibitorInputs';

export function EventExhibitorEdit() {
  return (
    <EditPage title={<RecordTitle />}>
      <EventExhibitorInputs />
    </EditPage>
  );
}
