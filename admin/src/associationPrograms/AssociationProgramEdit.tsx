import { EditPage } from '../common/ResourcePages';
import { AssociationProgramInputs } from './AssociationProgramInputs';

export function AssociationProgramEdit() {
  return (
    <EditPage>
      <AssociationProgramInputs />
    </EditPage>
  );
}
