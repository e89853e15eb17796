import { CreatePage } from '../common/ResourcePages';
import { VisitGroupInputs } from './VisitGroupInputs';

export function VisitGroupCreate() {
  return (
    <CreatePage>
      <VisitGroupInputs />
    </CreatePage>
  );
}
