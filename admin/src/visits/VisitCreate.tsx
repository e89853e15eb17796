import { CreatePage } from '../common/ResourcePages';
import { clearStrayGroup, VisitInputs } from './VisitInputs';

export function VisitCreate() {
  return (
    <CreatePage
      defaultValues={{ kind: 'PROACTIVE', status: 'SCHEDULED', reportViewed: false }}
      transform={clearStrayGroup}
    >
      <VisitInputs />
    </CreatePage>
  );
}
