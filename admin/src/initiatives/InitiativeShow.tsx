import { InitiativeStatus, SocialService } from '@mujtama/shared/enums';
import {
  DataTable,
  EditButton,
  type Identifier,
  Labeled,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  WithRecord,
} from 'react-admin';
import { Column } from '../common/Column';
import { EnumField } from '../common/EnumField';
import { HijriDateField } from '../common/HijriDateField';
import { LocalNumberField } from '../common/LocalNumberField';
import { AddRecordButton, RowActions } from '../common/RecordDialogs';
import { RecordMeta } from '../common/RecordMeta';
import { RelatedRecords } from '../common/RelatedRecords';
import { FillFormButton } from '../formResponses/FillFormButton';
import { FORM_RESULTS, type FormResults, ImpactResultsSection } from '../impactForms/FormResultsView';
import { InitiativePartnerInputs } from '../initiativePartners/InitiativePartnerInputs';
import { InitiativeVolunteerInputs } from '../initiativeVolunteers/InitiativeVolunteerInputs';
import { useGraphQLQuery } from '../reports/useGraphQLQuery';

const RESULTS = `query InitiativeImpact($id: ID!) {
  initiative(id: $id) { impactForm { results(initiativeId: $id) { ${FORM_RESULTS} } } }
}`;

function Volunteers() {
  return (
    <RelatedRecords
      reference="InitiativeVolunteer"
      target="initiativeId"
      title="resources.Initiative.fields.volunteers"
      sort={{ field: 'hours', order: 'DESC' }}
      perPage={25}
      actions={
        <AddRecordButton
          resource="InitiativeVolunteer"
          label="mujtama.initiatives.add_volunteer"
          title="mujtama.initiatives.add_volunteer"
          defaults={(initiative) => ({ initiativeId: initiative.id })}
        >
          <InitiativeVolunteerInputs fixed="initiativeId" />
        </AddRecordButton>
      }
    >
      <DataTable rowClick={false}>
        <Column source="volunteerId">
          <ReferenceField source="volunteerId" reference="Volunteer" />
        </Column>
        <Column source="hours" field={LocalNumberField} />
        <Column source="notes" />
        <RowActions resource="InitiativeVolunteer" title="mujtama.initiatives.edit_volunteer">
          <InitiativeVolunteerInputs fixed="initiativeId" />
        </RowActions>
      </DataTable>
    </RelatedRecords>
  );
}

function Partners() {
  return (
    <RelatedRecords
      reference="InitiativePartner"
      target="initiativeId"
      title="resources.Initiative.fields.partners"
      actions={
        <AddRecordButton
          resource="InitiativePartner"
          label="mujtama.initiatives.add_partner"
          title="mujtama.initiatives.add_partner"
          defaults={(initiative) => ({ initiativeId: initiative.id })}
        >
          <InitiativePartnerInputs fixed="initiativeId" />
        </AddRecordButton>
      }
    >
      <DataTable rowClick={false}>
        <Column source="partnerId">
          <ReferenceField source="partnerId" reference="Partner" />
        </Column>
        <Column source="contribution" />
        <RowActions resource="InitiativePartner" title="mujtama.initiatives.edit_partner">
          <InitiativePartnerInputs fixed="initiativeId" />
        </RowActions>
      </DataTable>
    </RelatedRecords>
  );
}

/** What the initiative's impact form gathered for it. */
function InitiativeImpact({ id }: { id: Identifier }) {
  const { data, isPending } = useGraphQLQuery<{
    initiative: { impactForm: { results: FormResults } | null };
  }>(RESULTS, { id });
  const form = data?.initiative.impactForm;
  return (
    <ImpactResultsSection
      title="mujtama.impact.initiative_results"
      results={data && (form ? [form.results] : [])}
      isPending={isPending}
    />
  );
}

function Responses() {
  return (
    <RelatedRecords
      reference="FormResponse"
      target="initiativeId"
      sort={{ field: 'submittedOn', order: 'DESC' }}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <Column source="submittedOn" field={HijriDateField} />
        <Column source="respondentName" />
      </DataTable>
    </RelatedRecords>
  );
}

function InitiativeActions() {
  return (
    <TopToolbar>
      <FillFormButton target="initiativeId" />
      <EditButton />
    </TopToolbar>
  );
}

export function InitiativeShow() {
  return (
    <Show actions={<InitiativeActions />}>
      <SimpleShowLayout>
        <TextField source="title" />
        <ReferenceField source="programId" reference="AssociationProgram" />
        <ReferenceField source="teamId" reference="AssociationEntity" />
        <EnumField source="service" enumeration={SocialService} />
        <EnumField source="status" enumeration={InitiativeStatus} />
        <HijriDateField source="startDate" />
        <HijriDateField source="endDate" />
        <LocalNumberField source="beneficiaries" />
        <Labeled label="mujtama.initiatives.volunteer_hours">
          <LocalNumberField source="volunteerHours" />
        </Labeled>
        <ReferenceField source="supervisingUnitId" reference="AssociationUnit" />
        <ReferenceField source="supervisorId" reference="Person" />
        <ReferenceField source="impactFormId" reference="ImpactForm" />
        <TextField source="description" sx={{ whiteSpace: 'pre-wrap' }} />
        <RecordMeta label={false} />
      </SimpleShowLayout>
      <Volunteers />
      <Partners />
      <WithRecord render={(initiative) => <InitiativeImpact id={initiative.id} />} />
      <Responses />
    </Show>
  );
}
