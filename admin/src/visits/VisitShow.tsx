import { VisitKind, VisitStatus } from '@mujtama/shared/enums';
import {
  BooleanField,
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
import { AddRecordButton, RowActions } from '../common/RecordDialogs';
import { RecordMeta } from '../common/RecordMeta';
import { RecordTitle } from '../common/RecordTitle';
import { RelatedRecords } from '../common/RelatedRecords';
import { FillFormButton } from '../formResponses/FillFormButton';
import { FORM_RESULTS, type FormResults, ImpactResultsSection } from '../impactForms/FormResultsView';
import { useGraphQLQuery } from '../reports/useGraphQLQuery';
import { VisitParticipantInputs } from '../visitParticipants/VisitParticipantInputs';
import { VisitSteps } from './VisitSteps';

const RESULTS = `query VisitImpact($id: ID!) {
  visit(id: $id) { impactForm { results(visitId: $id) { ${FORM_RESULTS} } } }
}`;

/** What the visit's impact form gathered for this visit. */
function VisitImpact({ id }: { id: Identifier }) {
  const { data, isPending } = useGraphQLQuery<{ visit: { impactForm: { results: FormResults } | null } }>(
    RESULTS,
    { id },
  );
  const form = data?.visit.impactForm;
  return (
    <ImpactResultsSection
      title="mujtama.impact.visit_results"
      results={data && (form ? [form.results] : [])}
      isPending={isPending}
    />
  );
}

function Participants() {
  return (
    <RelatedRecords
      reference="VisitParticipant"
      target="visitId"
      title="resources.Visit.fields.participants"
      actions={
        <AddRecordButton
          resource="VisitParticipant"
          label="mujtama.visits.add_participant"
          title="mujtama.visits.add_participant"
          defaults={(visit) => ({ visitId: visit.id })}
        >
          <VisitParticipantInputs fixed="visitId" />
        </AddRecordButton>
      }
    >
      <DataTable rowClick={false}>
        <Column source="entityId">
          <ReferenceField source="entityId" reference="AssociationEntity" />
        </Column>
        <Column source="notes" />
        <RowActions resource="VisitParticipant" title="mujtama.visits.edit_participant">
          <VisitParticipantInputs fixed="visitId" />
        </RowActions>
      </DataTable>
    </RelatedRecords>
  );
}

function Responses() {
  return (
    <RelatedRecords reference="FormResponse" target="visitId" sort={{ field: 'submittedOn', order: 'DESC' }}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <Column source="submittedOn" field={HijriDateField} />
        <Column source="respondentName" />
        <Column source="formId">
          <ReferenceField source="formId" reference="ImpactForm" link={false} />
        </Column>
      </DataTable>
    </RelatedRecords>
  );
}

function VisitActions() {
  return (
    <TopToolbar>
      <FillFormButton target="visitId" />
      <EditButton label="mujtama.visits.record_steps" />
    </TopToolbar>
  );
}

export function VisitShow() {
  return (
    <Show title={<RecordTitle />} actions={<VisitActions />}>
      <SimpleShowLayout>
        <ReferenceField source="hostEntityId" reference="AssociationEntity" />
        <HijriDateField source="scheduledOn" />
        <EnumField source="kind" enumeration={VisitKind} />
        <EnumField source="status" enumeration={VisitStatus} />
        <ReferenceField source="programId" reference="AssociationProgram" />
        <ReferenceField source="groupId" reference="VisitGroup" />
        <ReferenceField source="committeeId" reference="Committee" />
        <Labeled label="mujtama.visits.supervised">
          <BooleanField source="supervised" />
        </Labeled>
        <TextField source="notes" />
        <RecordMeta label={false} />
      </SimpleShowLayout>
      <VisitSteps />
      <Participants />
      <WithRecord render={(visit) => <VisitImpact id={visit.id} />} />
      <Responses />
    </Show>
  );
}
