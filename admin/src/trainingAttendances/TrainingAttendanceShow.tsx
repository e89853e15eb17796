import { AttendanceStatus } from '@mujtama/shared/enums';
import { ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { RecordMeta } from '../common/RecordMeta';
import { RecordTitle } from '../common/RecordTitle';

export function TrainingAttendanceShow() {
  return (
    <Show title={<RecordTitle />}>
      <SimpleShowLayout>
        <ReferenceField source="personId" reference="Person" />
        <ReferenceField source="eventId" reference="TrainingEvent" />
        <EnumField source="status" enumeration={AttendanceStatus} />
        <TextField source="notes" />
        <RecordMeta label={false} />
      </SimpleShowLayout>
    </Show>
  );
}
