import { EditPage } from '../common/ResourcePages';
import { clearStrayChoices, ImpactQuestionInputs } from './ImpactQuestionInputs';

export function ImpactQuestionEdit() {
  return (
    <EditPage transform={clearStrayChoices}>
      <ImpactQuestionInputs />
    </EditPage>
  );
}
