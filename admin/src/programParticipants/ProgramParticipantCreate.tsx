import { CreatePage } from '../common/ResourcePages';
import { ProgramParticipantInputs } from './ProgramParticipantInputs';

export function ProgramParticipantCreate() {
  return (
    <CreatePage>
      <ProgramParticipantInputs />
    </CreatePage>
  );
}
