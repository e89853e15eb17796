import { RosterRole } from '@mujtama/shared/enums';
import { ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { HijriDateField } from '../common/HijriDateField';
import { RecordMeta } from '../common/RecordMeta';
import { RecordTitle } from '../common/RecordTitle';

export function RosterEntryShow() {
  return (
    <Show title={<RecordTitle />}>
      <SimpleShowLayout>
        <ReferenceField source="personId" reference="Person" />
        <ReferenceField source="offeringId" reference="ProgramOffering" />
        <EnumField source="role" enumeration={RosterRole} />
        <HijriDateField source="since" />
        <HijriDateField source="until" />
        <TextField source="notes" />
        <RecordMeta label={false} />
      </SimpleShowLayout>
    </Show>
  );
}
