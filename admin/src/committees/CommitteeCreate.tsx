import { CreatePage } from '../common/ResourcePages';
import { CommitteeInputs } from './CommitteeInputs';

export function CommitteeCreate() {
  return (
    <CreatePage defaultValues={{ kind: 'SUPERVISION' }}>
      <CommitteeInputs />
    </CreatePage>
  );
}
