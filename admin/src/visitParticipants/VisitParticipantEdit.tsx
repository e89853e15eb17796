import { RecordTitle } from '../common/RecordTitle';
import { EditPage } from '../common/ResourcePages';
import { VisitParticipantInputs } from './VisitParticipantInputs';

export function VisitParticipantEdit() {
  return (
    <EditPage title={<RecordTitle />}>
      <VisitParticipantInputs />
    </EditPage>
  );
}
