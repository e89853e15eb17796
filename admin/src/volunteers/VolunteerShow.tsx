import { InitiativeStatus, TeamRole, VolunteerSkill } from '@mujtama/shared/enums';
import {
  DataTable,
  EditButton,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { Column } from '../common/Column';
import { EnumArrayField, EnumField } from '../common/EnumField';
import { HijriDateField } from '../common/HijriDateField';
import { LocalNumberField } from '../common/LocalNumberField';
import { AddRecordButton, RowActions } from '../common/RecordDialogs';
import { RecordMeta } from '../common/RecordMeta';
import { RecordTitle } from '../common/RecordTitle';
import { RelatedRecords } from '../common/RelatedRecords';
import { InitiativeVolunteerInputs } from '../initiativeVolunteers/InitiativeVolunteerInputs';
import { VolunteerTeamMemberInputs } from '../volunteerTeamMembers/VolunteerTeamMemberInputs';
import { CertificateButton } from './CertificateDialog';

function Teams() {
  return (
    <RelatedRecords
      reference="VolunteerTeamMember"
      target="volunteerId"
      title="resources.Volunteer.fields.teams"
      sort={{ field: 'since', order: 'DESC' }}
      actions={
        <AddRecordButton
          resource="VolunteerTeamMember"
          label="mujtama.volunteers.add_team"
          title="mujtama.volunteers.add_team"
          defaults={(volunteer) => ({ volunteerId: volunteer.id, role: 'MEMBER' })}
        >
          <VolunteerTeamMemberInputs fixed="volunteerId" />
        </AddRecordButton>
      }
    >
      <DataTable rowClick={false}>
        <Column source="teamId">
          <ReferenceField source="teamId" reference="AssociationEntity" />
        </Column>
        <Column source="role">
          <EnumField source="role" enumeration={TeamRole} />
        </Column>
        <Column source="since" field={HijriDateField} />
        <Column source="until" field={HijriDateField} />
        <RowActions resource="VolunteerTeamMember" title="mujtama.volunteers.edit_team">
          <VolunteerTeamMemberInputs fixed="volunteerId" />
        </RowActions>
      </DataTable>
    </RelatedRecords>
  );
}

function Initiatives() {
  return (
    <RelatedRecords
      reference="InitiativeVolunteer"
      target="volunteerId"
      title="mujtama.volunteers.initiatives"
      sort={{ field: 'createdAt', order: 'DESC' }}
      actions={
        <AddRecordButton
          resource="InitiativeVolunteer"
          label="mujtama.initiatives.add_volunteer"
          title="mujtama.initiatives.add_volunteer"
          defaults={(volunteer) => ({ volunteerId: volunteer.id })}
        >
          <InitiativeVolunteerInputs fixed="volunteerId" />
        </AddRecordButton>
      }
    >
      <DataTable rowClick={false}>
        <Column source="initiativeId">
          <ReferenceField source="initiativeId" reference="Initiative" />
        </Column>
        <Column label="resources.Initiative.fields.status">
          <ReferenceField source="initiativeId" reference="Initiative" link={false}>
            <EnumField source="status" enumeration={InitiativeStatus} />
          </ReferenceField>
        </Column>
        <Column source="hours" field={LocalNumberField} />
        <RowActions resource="InitiativeVolunteer" title="mujtama.initiatives.edit_volunteer">
          <InitiativeVolunteerInputs fixed="volunteerId" />
        </RowActions>
      </DataTable>
    </RelatedRecords>
  );
}

function VolunteerActions() {
  return (
    <TopToolbar>
      <CertificateButton />
      <EditButton />
    </TopToolbar>
  );
}

export function VolunteerShow() {
  return (
    <Show title={<RecordTitle />} actions={<VolunteerActions />}>
      <SimpleShowLayout>
        <ReferenceField source="personId" reference="Person" />
        <HijriDateField source="joinedOn" />
        <EnumArrayField source="skills" enumeration={VolunteerSkill} />
        <TextField source="skillsNote" />
        <LocalNumberField source="hours" />
        <TextField source="notes" />
        <RecordMeta label={false} />
      </SimpleShowLayout>
      <Teams />
      <Initiatives />
    </Show>
  );
}
