import { UserRole } from '@mujtama/shared/enums';
import { BooleanField, EmailField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumArrayField } from '../common/EnumField';
import { RecordMeta } from '../common/RecordMeta';
import { UserScopeField } from './UserScopeField';

export function UserShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="displayName" />
        <EmailField source="email" />
        <EnumArrayField source="role" enumeration={UserRole} />
        <UserScopeField label="mujtama.users.scope" />
        <BooleanField source="active" />
        <RecordMeta label={false} />
      </SimpleShowLayout>
    </Show>
  );
}
