import { EditPage } from '../common/ResourcePages';
import { ActivityInputs } from './ActivityInputs';

export function ActivityEdit() {
  return (
    <EditPage>
      <ActivityInputs />
    </EditPage>
  );
}
