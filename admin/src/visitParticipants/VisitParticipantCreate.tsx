import { CreatePage } from '../common/ResourcePages';
import { VisitParticipantInputs } from './VisitParticipantInputs';

export function VisitParticipantCreate() {
  return (
    <CreatePage>
      <VisitParticipantInputs />
    </CreatePage>
  );
}
