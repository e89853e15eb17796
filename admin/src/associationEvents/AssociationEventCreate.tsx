import { CreatePage } from '../common/ResourcePages';
import { AssociationEventInputs } from './AssociationEventInputs';

export function AssociationEventCreate() {
  return (
    <CreatePage defaultValues={{ kind: 'ANNUAL_FORUM' }}>
      <AssociationEventInputs />
    </CreatePage>
  );
}
