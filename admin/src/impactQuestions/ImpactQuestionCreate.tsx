import { CreatePage } from '../common/ResourcePages';
import { clearStrayChoices, ImpactQuestionInputs, NEW_QUESTION } from './ImpactQuestionInputs';

export function ImpactQuestionCreate() {
  return (
    <CreatePage defaultValues={NEW_QUESTION} transform={clearStrayChoices}>
      <ImpactQuestionInputs />
    </CreatePage>
  );
}
