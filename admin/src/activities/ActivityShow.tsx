import { ActivityCategory } from '@mujtama/shared/enums';
import { ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { HijriDateField } from '../common/HijriDateField';
import { LocalNumberField } from '../common/LocalNumberField';
import { RecordMeta } from '../common/RecordMeta';

export function ActivityShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="title" />
        <ReferenceField source="entityId" reference="AssociationEntity" />
        <HijriDateField source="heldOn" />
        <EnumField source="category" enumeration={ActivityCategory} />
        <LocalNumberField source="participants" />
        <TextField source="description" sx={{ whiteSpace: 'pre-wrap' }} />
        <RecordMeta label={false} />
      </SimpleShowLayout>
    </Show>
  );
}
