import { EditPage } from '../common/ResourcePages';
import { toUserInput, UserInputs } from './UserInputs';

export function UserEdit() {
  return (
    <EditPage transform={toUserInput}>
      <UserInputs />
    </EditPage>
  );
}
