import { ActionStatus, PlanStatus } from '@mujtama/shared/enums';
import { DataTable, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { Column } from '../common/Column';
import { EnumField } from '../common/EnumField';
import { HijriDateField } from '../common/HijriDateField';
import { RecordMeta } from '../common/RecordMeta';
import { RelatedRecords } from '../common/RelatedRecords';

export function ActionPlanShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="title" />
        <ReferenceField source="offeringId" reference="ProgramOffering" />
        <ReferenceField source="priorityId" reference="EmpowermentPriority" />
        <EnumField source="status" enumeration={PlanStatus} />
        <HijriDateField source="startDate" />
        <HijriDateField source="endDate" />
        <RecordMeta label={false} />
      </SimpleShowLayout>
      <RelatedRecords reference="PlanAction" target="planId" sort={{ field: 'dueDate', order: 'ASC' }}>
        <DataTable rowClick="show" bulkActionButtons={false}>
          <Column source="description" />
          <Column source="ownerId">
            <ReferenceField source="ownerId" reference="Person" link={false} />
          </Column>
          <Column source="dueDate" field={HijriDateField} />
          <Column source="status">
            <EnumField source="status" enumeration={ActionStatus} />
          </Column>
        </DataTable>
      </RelatedRecords>
    </Show>
  );
}
