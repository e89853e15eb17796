import { CreatePage } from '../common/ResourcePages';
import { DistrictInputs } from './DistrictInputs';

export function DistrictCreate() {
  return (
    <CreatePage>
      <DistrictInputs />
    </CreatePage>
  );
}
