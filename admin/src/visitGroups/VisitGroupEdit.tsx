import { EditPage } from '../common/ResourcePages';
import { VisitGroupInputs } from './VisitGroupInputs';

export function VisitGroupEdit() {
  return (
    <EditPage>
      <VisitGroupInputs />
    </EditPage>
  );
}
