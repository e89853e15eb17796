import { CreatePage } from '../common/ResourcePages';
import { PartnerInputs } from './PartnerInputs';

export function PartnerCreate() {
  return (
    <CreatePage defaultValues={{ sector: 'GOVERNMENT' }}>
      <PartnerInputs />
    </CreatePage>
  );
}
