import { CreatePage } from '../common/ResourcePages';
import { EventExhibitorInputs } from './EventExhibitorInputs';

export function EventExhibitorCreate() {
  return (
    <CreatePage>
      <EventExhibitorInputs />
    </CreatePage>
  );
}
