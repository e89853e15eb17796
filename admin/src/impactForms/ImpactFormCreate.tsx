import { CreatePage } from '../common/ResourcePages';
import { ImpactFormInputs } from './ImpactFormInputs';

/** The new form opens on its page, where its questions are added. */
export function ImpactFormCreate() {
  return (
    <CreatePage defaultValues={{ target: 'VISIT' }}>
      <ImpactFormInputs />
    </CreatePage>
  );
}
