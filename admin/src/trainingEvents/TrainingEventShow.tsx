import { AttendanceStatus, TrainingAudience, TrainingKind, TrainingOrganizer } from '@mujtama/shared/enums';
import { DataTable, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { Column } from '../common/Column';
import { EnumField } from '../common/EnumField';
import { HijriDateField } from '../common/HijriDateField';
import { LocalNumberField } from '../common/LocalNumberField';
import { RecordMeta } from '../common/RecordMeta';
import { RelatedRecords } from '../common/RelatedRecords';

export function TrainingEventShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="title" />
        <EnumField source="kind" enumeration={TrainingKind} />
        <EnumField source="audience" enumeration={TrainingAudience} />
        <EnumField source="organizer" enumeration={TrainingOrganizer} />
        <HijriDateField source="startDate" />
        <HijriDateField source="endDate" />
        <TextField source="location" />
        <LocalNumberField source="hours" />
        <TextField source="description" />
        <RecordMeta label={false} />
      </SimpleShowLayout>
      <RelatedRecords reference="TrainingAttendance" target="eventId">
        <DataTable rowClick="show">
          <Column source="personId">
            <ReferenceField source="personId" reference="Person" link={false} />
          </Column>
          <Column source="status">
            <EnumField source="status" enumeration={AttendanceStatus} />
          </Column>
          <Column source="notes" />
        </DataTable>
      </RelatedRecords>
    </Show>
  );
}
