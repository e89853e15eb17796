import {
  ActivityCategory,
  AssociationEntityKind,
  InitiativeStatus,
  SocialService,
  TeamRole,
  VisitKind,
  VisitStatus,
} from '@mujtama/shared/enums';
import {
  BooleanField,
  CreateButton,
  DataTable,
  EmailField,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  useRecordContext,
} from 'react-admin';
import { ActivityInputs } from '../activities/ActivityInputs';
import { Column } from '../common/Column';
import { EnumField } from '../common/EnumField';
import { HijriDateField } from '../common/HijriDateField';
import { LocalNumberField } from '../common/LocalNumberField';
import { AddRecordButton, RowActions } from '../common/RecordDialogs';
import { RecordMeta } from '../common/RecordMeta';
import { RelatedRecords } from '../common/RelatedRecords';
import { EventExhibitorInputs } from '../eventExhibitors/EventExhibitorInputs';
import { ProgramParticipantInputs } from '../programParticipants/ProgramParticipantInputs';
import { VolunteerTeamMemberInputs } from '../volunteerTeamMembers/VolunteerTeamMemberInputs';

function AddAffiliateButton() {
  const center = useRecordContext();
  if (!center) return null;
  return (
    <CreateButton
      resource="AssociationEntity"
      label="mujtama.entities.add_affiliate"
      state={{
        record: {
          kind: 'NEIGHBORHOOD_FORUM',
          centerId: center.id,
          districtId: center.districtId,
          active: true,
        },
      }}
    />
  );
}

/** For a neighborhood center: its forums and teams, its visit groups and the visits it hosts. */
function CenterSections() {
  return (
    <>
      <RelatedRecords
        reference="AssociationEntity"
        target="centerId"
        title="resources.AssociationEntity.fields.affiliates"
        sort={{ field: 'nameAr', order: 'ASC' }}
        actions={<AddAffiliateButton />}
      >
        <DataTable rowClick="show" bulkActionButtons={false}>
          <Column source="nameAr" />
          <Column source="kind">
            <EnumField source="kind" enumeration={AssociationEntityKind} />
          </Column>
          <Column source="active" field={BooleanField} />
        </DataTable>
      </RelatedRecords>
      <RelatedRecords reference="VisitGroupMember" target="entityId" title="mujtama.entities.visit_groups">
        <DataTable rowClick={false} bulkActionButtons={false}>
          <Column source="groupId">
            <ReferenceField source="groupId" reference="VisitGroup" />
          </Column>
          <Column source="position" field={LocalNumberField} />
        </DataTable>
      </RelatedRecords>
      <RelatedRecords
        reference="Visit"
        target="hostEntityId"
        title="mujtama.entities.hosted_visits"
        sort={{ field: 'scheduledOn', order: 'DESC' }}
      >
        <DataTable rowClick="show" bulkActionButtons={false}>
          <Column source="scheduledOn" field={HijriDateField} />
          <Column source="kind">
            <EnumField source="kind" enumeration={VisitKind} />
          </Column>
          <Column source="status">
            <EnumField source="status" enumeration={VisitStatus} />
          </Column>
          <Column source="groupId">
            <ReferenceField source="groupId" reference="VisitGroup" link={false} />
          </Column>
        </DataTable>
      </RelatedRecords>
    </>
  );
}

/** For a volunteer team: its volunteers and the initiatives it delivers. */
function TeamSections() {
  return (
    <>
      <RelatedRecords
        reference="VolunteerTeamMember"
        target="teamId"
        title="mujtama.entities.volunteers"
        sort={{ field: 'role', order: 'ASC' }}
        perPage={25}
        actions={
          <AddRecordButton
            resource="VolunteerTeamMember"
            label="mujtama.entities.add_volunteer"
            title="mujtama.entities.add_volunteer"
            defaults={(team) => ({ teamId: team.id, role: 'MEMBER' })}
          >
            <VolunteerTeamMemberInputs fixed="teamId" />
          </AddRecordButton>
        }
      >
        <DataTable rowClick={false}>
          <Column source="volunteerId">
            <ReferenceField source="volunteerId" reference="Volunteer" />
          </Column>
          <Column source="role">
            <EnumField source="role" enumeration={TeamRole} />
          </Column>
          <Column source="since" field={HijriDateField} />
          <RowActions resource="VolunteerTeamMember" title="mujtama.volunteers.edit_team">
            <VolunteerTeamMemberInputs fixed="teamId" />
          </RowActions>
        </DataTable>
      </RelatedRecords>
      <RelatedRecords reference="Initiative" target="teamId" sort={{ field: 'startDate', order: 'DESC' }}>
        <DataTable rowClick="show" bulkActionButtons={false}>
          <Column source="title" />
          <Column source="service">
            <EnumField source="service" enumeration={SocialService} />
          </Column>
          <Column source="status">
            <EnumField source="status" enumeration={InitiativeStatus} />
          </Column>
          <Column source="startDate" field={HijriDateField} />
        </DataTable>
      </RelatedRecords>
    </>
  );
}

function KindSections() {
  const entity = useRecordContext();
  if (entity?.kind === 'NEIGHBORHOOD_CENTER') return <CenterSections />;
  if (entity?.kind === 'VOLUNTEER_TEAM') return <TeamSections />;
  return null;
}

/** What every entity has: programs, activities, the visits it joined and the events it exhibited at. */
function SharedSections() {
  return (
    <>
      <RelatedRecords
        reference="ProgramParticipant"
        target="entityId"
        title="mujtama.entities.programs"
        actions={
          <AddRecordButton
            resource="ProgramParticipant"
            label="mujtama.entities.add_program"
            title="mujtama.entities.add_program"
            defaults={(entity) => ({ entityId: entity.id })}
          >
            <ProgramParticipantInputs fixed="entityId" />
          </AddRecordButton>
        }
      >
        <DataTable rowClick={false}>
          <Column source="programId">
            <ReferenceField source="programId" reference="AssociationProgram" />
          </Column>
          <Column source="joinedOn" field={HijriDateField} />
          <RowActions resource="ProgramParticipant" title="mujtama.programs.edit_participant">
            <ProgramParticipantInputs fixed="entityId" />
          </RowActions>
        </DataTable>
      </RelatedRecords>
      <RelatedRecords
        reference="Activity"
        target="entityId"
        sort={{ field: 'heldOn', order: 'DESC' }}
        actions={
          <AddRecordButton
            resource="Activity"
            label="mujtama.entities.add_activity"
            title="mujtama.entities.add_activity"
            defaults={(entity) => ({ entityId: entity.id, category: 'SOCIAL' })}
          >
            <ActivityInputs fixed="entityId" />
          </AddRecordButton>
        }
      >
        <DataTable rowClick="show" bulkActionButtons={false}>
          <Column source="title" />
          <Column source="heldOn" field={HijriDateField} />
          <Column source="category">
            <EnumField source="category" enumeration={ActivityCategory} />
          </Column>
          <Column source="participants" field={LocalNumberField} />
        </DataTable>
      </RelatedRecords>
      <RelatedRecords reference="VisitParticipant" target="entityId" title="mujtama.entities.visits_joined">
        <DataTable rowClick={false} bulkActionButtons={false}>
          <Column source="visitId">
            <ReferenceField source="visitId" reference="Visit" />
          </Column>
          <Column source="notes" />
        </DataTable>
      </RelatedRecords>
      <RelatedRecords
        reference="EventExhibitor"
        target="entityId"
        title="mujtama.entities.exhibitions"
        actions={
          <AddRecordButton
            resource="EventExhibitor"
            label="mujtama.entities.add_exhibition"
            title="mujtama.entities.add_exhibition"
            defaults={(entity) => ({ entityId: entity.id })}
          >
            <EventExhibitorInputs fixed="entityId" />
          </AddRecordButton>
        }
      >
        <DataTable rowClick={false}>
          <Column source="eventId">
            <ReferenceField source="eventId" reference="AssociationEvent" />
          </Column>
          <Column source="notes" />
          <RowActions resource="EventExhibitor" title="mujtama.events.edit_exhibitor">
            <EventExhibitorInputs fixed="entityId" />
          </RowActions>
        </DataTable>
      </RelatedRecords>
    </>
  );
}

export function AssociationEntityShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="nameAr" />
        <TextField source="nameEn" />
        <EnumField source="kind" enumeration={AssociationEntityKind} />
        <ReferenceField source="centerId" reference="AssociationEntity" />
        <ReferenceField source="districtId" reference="District" />
        <ReferenceField source="managerId" reference="Person" />
        <BooleanField source="active" />
        <TextField source="phone" />
        <EmailField source="email" />
        <TextField source="address" />
        <TextField source="description" sx={{ whiteSpace: 'pre-wrap' }} />
        <RecordMeta label={false} />
      </SimpleShowLayout>
      <KindSections />
      <SharedSections />
    </Show>
  );
}
