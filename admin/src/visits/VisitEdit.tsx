import { RecordTitle } from '../common/RecordTitle';
import { EditPage } from '../common/ResourcePages';
import { clearStrayGroup, VisitInputs } from './VisitInputs';

export function VisitEdit() {
  return (
    <EditPage title={<RecordTitle />} transform={clearStrayGroup}>
      <VisitInputs />
    </EditPage>
  );
}
