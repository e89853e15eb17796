import { EditPage } from '../common/ResourcePages';
import { CommitteeInputs } from './CommitteeInputs';

export function CommitteeEdit() {
  return (
    <EditPage>
      <CommitteeInputs />
    </EditPage>
  );
}
