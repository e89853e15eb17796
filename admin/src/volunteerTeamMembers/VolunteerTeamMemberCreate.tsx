import { CreatePage } from '../common/ResourcePages';
import { VolunteerTeamMemberInputs } from './VolunteerTeamMemberInputs';

export function VolunteerTeamMemberCreate() {
  return (
    <CreatePage defaultValues={{ role: 'MEMBER' }}>
      <VolunteerTeamMemberInputs />
    </CreatePage>
  );
}
