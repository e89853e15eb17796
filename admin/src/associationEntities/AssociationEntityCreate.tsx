import { CreatePage } from '../common/ResourcePages';
import { AssociationEntityInputs, clearStrayCenter } from './AssociationEntityInputs';

export function AssociationEntityCreate() {
  return (
    <CreatePage defaultValues={{ kind: 'NEIGHBORHOOD_CENTER', active: true }} transform={clearStrayCenter}>
      <AssociationEntityInputs />
    </CreatePage>
  );
}
