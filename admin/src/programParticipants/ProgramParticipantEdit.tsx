import { RecordTitle } from '../common/RecordTitle';
import { EditPage } from '../common/ResourcePages';
import { ProgramParticipantInputs } from './ProgramParticipantInputs';

export function ProgramParticipantEdit() {
  return (
    <EditPage title={<RecordTitle />}>
      <ProgramParticipantInputs />
    </EditPage>
  );
}
