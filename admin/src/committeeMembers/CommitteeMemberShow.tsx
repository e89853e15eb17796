import { CommitteeRole } from '@mujtama/shared/enums';
import { ReferenceField, Show, SimpleShowLayout } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { HijriDateField } from '../common/HijriDateField';
import { RecordMeta } from '../common/RecordMeta';
import { RecordTitle } from '../common/RecordTitle';

export function CommitteeMemberShow() {
  return (
    <Show title={<RecordTitle />}>
      <SimpleShowLayout>
        <ReferenceField source="personId" reference="Person" />
        <ReferenceField source="committeeId" reference="Committee" />
        <EnumField source="role" enumeration={CommitteeRole} />
        <HijriDateField source="since" />
        <HijriDateField source="until" />
        <RecordMeta label={false} />
      </SimpleShowLayout>
    </Show>
  );
}
