import { CreatePage } from '../common/ResourcePages';
import { toUserInput, UserInputs } from './UserInputs';

export function UserCreate() {
  return (
    <CreatePage defaultValues={{ role: 'VIEWER', centerIds: [] }} transform={toUserInput}>
      <UserInputs creating />
    </CreatePage>
  );
}
