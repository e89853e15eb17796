import { EditPage } from '../common/ResourcePages';
import { PartnerInputs } from './PartnerInputs';

export function PartnerEdit() {
  return (
    <EditPage>
      <PartnerInputs />
    </EditPage>
  );
}
