import { CreatePage } from '../common/ResourcePages';
import { ActivityInputs } from './ActivityInputs';

export function ActivityCreate() {
  return (
    <CreatePage defaultValues={{ category: 'SOCIAL' }}>
      <ActivityInputs />
    </CreatePage>
  );
}
