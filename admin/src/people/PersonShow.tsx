import { AttendanceStatus, Gender, PersonRole, RosterRole } from '@mujtama/shared/enums';
import { DataTable, EmailField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { Column } from '../common/Column';
import { EnumArrayField, EnumField } from '../common/EnumField';
import { HijriDateField } from '../common/HijriDateField';
import { LocalNumberField } from '../common/LocalNumberField';
import { RecordMeta } from '../common/RecordMeta';
import { RelatedRecords } from '../common/RelatedRecords';

export function PersonShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="nameAr" />
        <TextField source="nameEn" />
        <EnumField source="gender" enumeration={Gender} />
        <EnumArrayField source="roles" enumeration={PersonRole} />
        <TextField source="phone" />
        <EmailField source="email" />
        <LocalNumberField source="birthYear" options={{ useGrouping: false }} />
        <TextField source="notes" />
        <RecordMeta label={false} />
      </SimpleShowLayout>
      <RelatedRecords reference="RosterEntry" target="personId" sort={{ field: 'since', order: 'DESC' }}>
        <DataTable rowClick="show" bulkActionButtons={false}>
          <Column source="offeringId">
            <ReferenceField source="offeringId" reference="ProgramOffering" link={false} />
          </Column>
          <Column source="role">
            <EnumField source="role" enumeration={RosterRole} />
          </Column>
          <Column source="since" field={HijriDateField} />
          <Column source="until" field={HijriDateField} />
        </DataTable>
      </RelatedRecords>
      <RelatedRecords reference="TrainingAttendance" target="personId">
        <DataTable rowClick="show" bulkActionButtons={false}>
          <Column source="eventId">
            <ReferenceField source="eventId" reference="TrainingEvent" link={false} />
          </Column>
          <Column source="status">
            <EnumField source="status" enumeration={AttendanceStatus} />
          </Column>
        </DataTable>
      </RelatedRecords>
    </Show>
  );
}
