import { PlanStatus, PriorityStatus } from '@mujtama/shared/enums';
import { DataTable, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { Column } from '../common/Column';
import { EnumField } from '../common/EnumField';
import { HijriDateField } from '../common/HijriDateField';
import { LocalNumberField } from '../common/LocalNumberField';
import { RecordMeta } from '../common/RecordMeta';
import { RelatedRecords } from '../common/RelatedRecords';

export function EmpowermentPriorityShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="title" />
        <ReferenceField source="offeringId" reference="ProgramOffering" />
        <TextField source="description" />
        <LocalNumberField source="rank" />
        <EnumField source="status" enumeration={PriorityStatus} />
        <RecordMeta label={false} />
      </SimpleShowLayout>
      <RelatedRecords reference="ActionPlan" target="priorityId" sort={{ field: 'startDate', order: 'DESC' }}>
        <DataTable rowClick="show" bulkActionButtons={false}>
          <Column source="title" />
          <Column source="status">
            <EnumField source="status" enumeration={PlanStatus} />
          </Column>
          <Column source="startDate" field={HijriDateField} />
          <Column source="endDate" field={HijriDateField} />
        </DataTable>
      </RelatedRecords>
    </Show>
  );
}
