import { EditPage } from '../common/ResourcePages';
import { HealthCenterInputs } from './HealthCenterInputs';

export function HealthCenterEdit() {
  return (
    <EditPage>
      <HealthCenterInputs />
    </EditPage>
  );
}
