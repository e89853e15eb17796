import { CreatePage } from '../common/ResourcePages';
import { VisitGroupMemberInputs } from './VisitGroupMemberInputs';

export function VisitGroupMemberCreate() {
  return (
    <CreatePage>
      <VisitGroupMemberInputs />
    </CreatePage>
  );
}
