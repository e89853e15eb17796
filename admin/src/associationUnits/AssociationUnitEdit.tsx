import { EditPage } from '../common/ResourcePages';
import { AssociationUnitInputs } from './AssociationUnitInputs';

export function AssociationUnitEdit() {
  return (
    <EditPage>
      <AssociationUnitInputs />
    </EditPage>
  );
}
