import { EditPage } from '../common/ResourcePages';
import { AssociationEventInputs } from './AssociationEventInputs';

export function AssociationEventEdit() {
  return (
    <EditPage>
      <AssociationEventInputs />
    </EditPage>
  );
}
