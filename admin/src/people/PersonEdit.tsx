import { EditPage } from '../common/ResourcePages';
import { PersonInputs } from './PersonInputs';

export function PersonEdit() {
  return (
    <EditPage>
      <PersonInputs />
    </EditPage>
  );
}
