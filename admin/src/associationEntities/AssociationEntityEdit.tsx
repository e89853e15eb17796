import { EditPage } from '../common/ResourcePages';
import { AssociationEntityInputs, clearStrayCenter } from './AssociationEntityInputs';

export function AssociationEntityEdit() {
  return (
    <EditPage transform={clearStrayCenter}>
      <AssociationEntityInputs />
    </EditPage>
  );
}
