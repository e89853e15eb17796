import { ReferenceField, Show, SimpleShowLayout } from 'react-admin';
import { LocalNumberField } from '../common/LocalNumberField';
import { RecordMeta } from '../common/RecordMeta';
import { RecordTitle } from '../common/RecordTitle';

export function VisitGroupMemberShow() {
  return (
    <Show title={<RecordTitle />}>
      <SimpleShowLayout>
        <ReferenceField source="entityId" reference="AssociationEntity" />
        <ReferenceField source="groupId" reference="VisitGroup" />
        <LocalNumberField source="position" />
        <RecordMeta label={false} />
      </SimpleShowLayout>
    </Show>
  );
}
