import { ActionStatus } from '@mujtama/shared/enums';
import { ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { HijriDateField } from '../common/HijriDateField';
import { RecordMeta } from '../common/RecordMeta';

export function PlanActionShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="description" />
        <ReferenceField source="planId" reference="ActionPlan" />
        <ReferenceField source="ownerId" reference="Person" />
        <HijriDateField source="dueDate" />
        <EnumField source="status" enumeration={ActionStatus} />
        <RecordMeta label={false} />
      </SimpleShowLayout>
    </Show>
  );
}
