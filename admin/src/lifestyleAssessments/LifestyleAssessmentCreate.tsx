import { localDay } from '../common/dates';
import { CreatePage } from '../common/ResourcePages';
import { LifestyleAssessmentInputs } from './LifestyleAssessmentInputs';

export function LifestyleAssessmentCreate() {
  return (
    <CreatePage defaultValues={{ assessedOn: localDay(new Date()) }}>
      <LifestyleAssessmentInputs />
    </CreatePage>
  );
}
