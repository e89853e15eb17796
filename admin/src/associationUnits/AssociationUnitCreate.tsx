import { CreatePage } from '../common/ResourcePages';
import { AssociationUnitInputs } from './AssociationUnitInputs';

export function AssociationUnitCreate() {
  return (
    <CreatePage>
      <AssociationUnitInputs />
    </CreatePage>
  );
}
