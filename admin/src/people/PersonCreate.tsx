import { CreatePage } from '../common/ResourcePages';
import { PersonInputs } from './PersonInputs';

export function PersonCreate() {
  return (
    <CreatePage defaultValues={{ roles: [] }}>
      <PersonInputs />
    </CreatePage>
  );
}
