import { TeamRole } from '@mujtama/shared/enums';
import { ReferenceField, Show, SimpleShowLayout } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { HijriDateField } from '../common/HijriDateField';
import { RecordMeta } from '../common/RecordMeta';
import { RecordTitle } from '../common/RecordTitle';

export function VolunteerTeamMemberShow() {
  return (
    <Show title={<RecordTitle />}>
      <SimpleShowLayout>
        <ReferenceField source="volunteerId" reference="Volunteer" />
        <ReferenceField source="teamId" reference="AssociationEntity" />
        <EnumField source="role" enumeration={TeamRole} />
        <HijriDateField source="since" />
        <HijriDateField source="until" />
        <RecordMeta label={false} />
      </SimpleShowLayout>
    </Show>
  );
}
