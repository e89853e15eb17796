import { CreatePage } from '../common/ResourcePages';
import { AssociationProgramInputs } from './AssociationProgramInputs';

export function AssociationProgramCreate() {
  return (
    <CreatePage defaultValues={{ kind: 'CENTERS_COOPERATION' }}>
      <AssociationProgramInputs />
    </CreatePage>
  );
}
