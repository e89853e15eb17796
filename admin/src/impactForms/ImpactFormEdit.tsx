import { EditPage } from '../common/ResourcePages';
import { ImpactFormInputs } from './ImpactFormInputs';

export function ImpactFormEdit() {
  return (
    <EditPage>
      <ImpactFormInputs />
    </EditPage>
  );
}
