import { EditPage } from '../common/ResourcePages';
import { LifestyleAssessmentInputs } from './LifestyleAssessmentInputs';

export function LifestyleAssessmentEdit() {
  return (
    <EditPage>
      <LifestyleAssessmentInputs />
    </EditPage>
  );
}
