import { CommitteeKind, CommitteeRole, VisitKind, VisitStatus } from '@mujtama/shared/enums';
import {
  CreateButton,
  DataTable,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  useRecordContext,
} from 'react-admin';
import { MeetingDetails } from '../committeeMeetings/MeetingDetails';
import { CommitteeMemberInputs } from '../committeeMembers/CommitteeMemberInputs';
import { Column } from '../common/Column';
import { localDay } from '../common/dates';
import { EnumField } from '../common/EnumField';
import { HijriDateField } from '../common/HijriDateField';
import { AddRecordButton, RowActions } from '../common/RecordDialogs';
import { RecordMeta } from '../common/RecordMeta';
import { RelatedRecords } from '../common/RelatedRecords';

function Members() {
  return (
    <RelatedRecords
      reference="CommitteeMember"
      target="committeeId"
      title="resources.Committee.fields.members"
      sort={{ field: 'role', order: 'ASC' }}
      perPage={25}
      actions={
        <AddRecordButton
          resource="CommitteeMember"
          label="mujtama.committees.add_member"
          title="mujtama.committees.add_member"
          defaults={(committee) => ({ committeeId: committee.id, role: 'MEMBER' })}
        >
          <CommitteeMemberInputs fixed="committeeId" />
        </AddRecordButton>
      }
    >
      <DataTable rowClick={false}>
        <Column source="personId">
          <ReferenceField source="personId" reference="Person" />
        </Column>
        <Column source="role">
          <EnumField source="role" enumeration={CommitteeRole} />
        </Column>
        <Column source="since" field={HijriDateField} />
        <Column source="until" field={HijriDateField} />
        <RowActions resource="CommitteeMember" title="mujtama.committees.edit_member">
          <CommitteeMemberInputs fixed="committeeId" />
        </RowActions>
      </DataTable>
    </RelatedRecords>
  );
}

function AddMeetingButton() {
  const committee = useRecordContext();
  if (!committee) return null;
  return (
    <CreateButton
      resource="CommitteeMeeting"
      label="mujtama.committees.add_meeting"
      variant="contained"
      state={{ record: { committeeId: committee.id, heldOn: localDay(new Date()) } }}
    />
  );
}

/** The committee's meetings; a row opens on its agenda, minutes, decisions and attendees. */
function Meetings() {
  return (
    <RelatedRecords
      reference="CommitteeMeeting"
      target="committeeId"
      title="resources.Committee.fields.meetings"
      sort={{ field: 'heldOn', order: 'DESC' }}
      actions={<AddMeetingButton />}
    >
      <DataTable rowClick="expand" expand={<MeetingDetails />} bulkActionButtons={false}>
        <Column source="heldOn" field={HijriDateField} />
        <Column source="location" />
        <Column source="agenda" />
      </DataTable>
    </RelatedRecords>
  );
}

function Visits() {
  return (
    <RelatedRecords
      reference="Visit"
      target="committeeId"
      title="mujtama.committees.visits"
      sort={{ field: 'scheduledOn', order: 'DESC' }}
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
      </DataTable>
    </RelatedRecords>
  );
}

export function CommitteeShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="nameAr" />
        <ReferenceField source="programId" reference="AssociationProgram" />
        <EnumField source="kind" enumeration={CommitteeKind} />
        <TextField source="mandate" />
        <RecordMeta label={false} />
      </SimpleShowLayout>
      <Members />
      <Meetings />
      <Visits />
    </Show>
  );
}
