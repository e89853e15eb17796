import { VisitKind, VisitStatus } from '@mujtama/shared/enums';
import { DataTable, EditButton, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { Column } from '../common/Column';
import { EnumField } from '../common/EnumField';
import { HijriDateField } from '../common/HijriDateField';
import { LocalNumberField } from '../common/LocalNumberField';
import { AddRecordButton, RowActions } from '../common/RecordDialogs';
import { RecordMeta } from '../common/RecordMeta';
import { RelatedRecords } from '../common/RelatedRecords';
import { VisitGroupMemberInputs } from '../visitGroupMembers/VisitGroupMemberInputs';
import { GenerateScheduleButton } from './ScheduleDialog';

function Centers() {
  return (
    <RelatedRecords
      reference="VisitGroupMember"
      target="groupId"
      title="resources.VisitGroup.fields.members"
      sort={{ field: 'position', order: 'ASC' }}
      perPage={50}
      actions={
        <AddRecordButton
          resource="VisitGroupMember"
          label="mujtama.visit_groups.add_center"
          title="mujtama.visit_groups.add_center"
          defaults={(group) => ({ groupId: group.id })}
        >
          <VisitGroupMemberInputs fixed="groupId" />
        </AddRecordButton>
      }
    >
      <DataTable rowClick={false}>
        <Column source="position" field={LocalNumberField} />
        <Column source="entityId">
          <ReferenceField source="entityId" reference="AssociationEntity" />
        </Column>
        <RowActions resource="VisitGroupMember" title="mujtama.visit_groups.edit_center">
          <VisitGroupMemberInputs fixed="groupId" />
        </RowActions>
      </DataTable>
    </RelatedRecords>
  );
}

/** The group's exchange visits, generated or added one by one, each open to change. */
function Visits() {
  return (
    <RelatedRecords
      reference="Visit"
      target="groupId"
      sort={{ field: 'scheduledOn', order: 'ASC' }}
      perPage={25}
      actions={<GenerateScheduleButton />}
      empty="mujtama.visit_groups.no_visits"
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <Column source="scheduledOn" field={HijriDateField} />
        <Column source="hostEntityId">
          <ReferenceField source="hostEntityId" reference="AssociationEntity" link={false} />
        </Column>
        <Column source="kind">
          <EnumField source="kind" enumeration={VisitKind} />
        </Column>
        <Column source="status">
          <EnumField source="status" enumeration={VisitStatus} />
        </Column>
        <Column source="committeeId">
          <ReferenceField source="committeeId" reference="Committee" link={false} />
        </Column>
        <DataTable.Col label={false}>
          <EditButton />
        </DataTable.Col>
      </DataTable>
    </RelatedRecords>
  );
}

export function VisitGroupShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="nameAr" />
        <ReferenceField source="programId" reference="AssociationProgram" />
        <TextField source="notes" />
        <RecordMeta label={false} />
      </SimpleShowLayout>
      <Centers />
      <Visits />
    </Show>
  );
}
