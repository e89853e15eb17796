import { EditPage } from '../common/ResourcePages';
import { DistrictInputs } from './DistrictInputs';

export function DistrictEdit() {
  return (
    <EditPage>
      <DistrictInputs />
    </EditPage>
  );
}
