import { CreatePage } from '../common/ResourcePages';
import { CommitteeMemberInputs } from './CommitteeMemberInputs';

export function CommitteeMemberCreate() {
  return (
    <CreatePage defaultValues={{ role: 'MEMBER' }}>
      <CommitteeMemberInputs />
    </CreatePage>
  );
}
