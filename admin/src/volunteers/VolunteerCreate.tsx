import { CreatePage } from '../common/ResourcePages';
import { VolunteerInputs } from './VolunteerInputs';

export function VolunteerCreate() {
  return (
    <CreatePage defaultValues={{ skills: [] }}>
      <VolunteerInputs />
    </CreatePage>
  );
}
