import { CreatePage } from '../common/ResourcePages';
import { HealthCenterInputs } from './HealthCenterInputs';

export function HealthCenterCreate() {
  return (
    <CreatePage defaultValues={{ kind: 'PRIMARY_CARE_CENTER', active: true }}>
      <HealthCenterInputs />
    </CreatePage>
  );
}
