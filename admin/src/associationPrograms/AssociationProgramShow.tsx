import {
  AssociationProgramKind,
  CommitteeKind,
  ImpactFormTarget,
  InitiativeStatus,
  SocialService,
  VisitKind,
  VisitStatus,
} from '@mujtama/shared/enums';
import type { ResourceType } from '@mujtama/shared/resources';
import type { ComponentType } from 'react';
import {
  CreateButton,
  DataTable,
  type Identifier,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  useRecordContext,
  WithRecord,
} from 'react-admin';
import { Column } from '../common/Column';
import { EnumField } from '../common/EnumField';
import { HijriDateField } from '../common/HijriDateField';
import { AddRecordButton, RowActions } from '../common/RecordDialogs';
import { RecordMeta } from '../common/RecordMeta';
import { RelatedRecords } from '../common/RelatedRecords';
import { FORM_RESULTS, type FormResults, ImpactResultsSection } from '../impactForms/FormResultsView';
import { ProgramParticipantInputs } from '../programParticipants/ProgramParticipantInputs';
import { useGraphQLQuery } from '../reports/useGraphQLQuery';
import { PROGRAM_SUMMARY, ProgramFigures, type ProgramSummary } from './ProgramFigures';

const FIGURES = `query ProgramFigures($id: ID!) {
  associationProgram(id: $id) { ${PROGRAM_SUMMARY} impactResults { ${FORM_RESULTS} } }
}`;

/** A button that opens a new record of `resource` belonging to the shown program. */
function AddToProgramButton({ resource, label }: { resource: ResourceType; label: string }) {
  const program = useRecordContext();
  if (!program) return null;
  return <CreateButton resource={resource} label={label} state={{ record: { programId: program.id } }} />;
}

function Participants() {
  return (
    <RelatedRecords
      reference="ProgramParticipant"
      target="programId"
      title="resources.AssociationProgram.fields.participants"
      sort={{ field: 'joinedOn', order: 'DESC' }}
      actions={
        <AddRecordButton
          resource="ProgramParticipant"
          label="mujtama.programs.add_participant"
          title="mujtama.programs.add_participant"
          defaults={(program) => ({ programId: program.id })}
        >
          <ProgramParticipantInputs fixed="programId" />
        </AddRecordButton>
      }
    >
      <DataTable rowClick={false}>
        <Column source="entityId">
          <ReferenceField source="entityId" reference="AssociationEntity" />
        </Column>
        <Column source="joinedOn" field={HijriDateField} />
        <Column source="notes" />
        <RowActions resource="ProgramParticipant" title="mujtama.programs.edit_participant">
          <ProgramParticipantInputs fixed="programId" />
        </RowActions>
      </DataTable>
    </RelatedRecords>
  );
}

function Committees() {
  return (
    <RelatedRecords
      reference="Committee"
      target="programId"
      sort={{ field: 'kind', order: 'ASC' }}
      actions={<AddToProgramButton resource="Committee" label="mujtama.programs.add_committee" />}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <Column source="nameAr" />
        <Column source="kind">
          <EnumField source="kind" enumeration={CommitteeKind} />
        </Column>
        <Column source="mandate" />
      </DataTable>
    </RelatedRecords>
  );
}

/** Centers exchanging visits: the groups and the visits. */
function Cooperation() {
  return (
    <>
      <RelatedRecords
        reference="VisitGroup"
        target="programId"
        sort={{ field: 'nameAr', order: 'ASC' }}
        actions={<AddToProgramButton resource="VisitGroup" label="mujtama.programs.add_group" />}
      >
        <DataTable rowClick="show" bulkActionButtons={false}>
          <Column source="nameAr" />
          <Column source="notes" />
        </DataTable>
      </RelatedRecords>
      <RelatedRecords reference="Visit" target="programId" sort={{ field: 'scheduledOn', order: 'DESC' }}>
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
    </>
  );
}

/** Volunteer teams delivering initiatives. */
function Initiatives() {
  return (
    <RelatedRecords
      reference="Initiative"
      target="programId"
      sort={{ field: 'startDate', order: 'DESC' }}
      actions={<AddToProgramButton resource="Initiative" label="mujtama.programs.add_initiative" />}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <Column source="title" />
        <Column source="teamId">
          <ReferenceField source="teamId" reference="AssociationEntity" link={false} />
        </Column>
        <Column source="service">
          <EnumField source="service" enumeration={SocialService} />
        </Column>
        <Column source="status">
          <EnumField source="status" enumeration={InitiativeStatus} />
        </Column>
        <Column source="startDate" field={HijriDateField} />
      </DataTable>
    </RelatedRecords>
  );
}

function ImpactForms() {
  return (
    <RelatedRecords
      reference="ImpactForm"
      target="programId"
      actions={<AddToProgramButton resource="ImpactForm" label="mujtama.programs.add_form" />}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <Column source="title" />
        <Column source="target">
          <EnumField source="target" enumeration={ImpactFormTarget} />
        </Column>
      </DataTable>
    </RelatedRecords>
  );
}

const workOf: Record<AssociationProgramKind, ComponentType> = {
  CENTERS_COOPERATION: Cooperation,
  VOLUNTEER_INITIATIVES: Initiatives,
};

/** The figures, the work the program is carried out through, and what its forms measured. */
function ProgramWork({ id, kind }: { id: Identifier; kind: AssociationProgramKind }) {
  const { data, isPending } = useGraphQLQuery<{
    associationProgram: { summary: ProgramSummary; impactResults: FormResults[] };
  }>(FIGURES, { id });
  const Work = workOf[kind];
  return (
    <>
      <ProgramFigures kind={kind} summary={data?.associationProgram.summary} />
      <Participants />
      <Committees />
      <Work />
      <ImpactForms />
      <ImpactResultsSection
        title="mujtama.programs.impact"
        results={data?.associationProgram.impactResults}
        isPending={isPending}
      />
    </>
  );
}

export function AssociationProgramShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="nameAr" />
        <TextField source="nameEn" />
        <EnumField source="kind" enumeration={AssociationProgramKind} />
        <ReferenceField source="unitId" reference="AssociationUnit" />
        <TextField source="goals" sx={{ whiteSpace: 'pre-wrap' }} />
        <TextField source="description" sx={{ whiteSpace: 'pre-wrap' }} />
        <HijriDateField source="startDate" />
        <HijriDateField source="endDate" />
        <RecordMeta label={false} />
      </SimpleShowLayout>
      <WithRecord
        render={(program) => {
          const kind = AssociationProgramKind.keys.find((key) => key === program.kind);
          return kind ? <ProgramWork id={program.id} kind={kind} /> : null;
        }}
      />
    </Show>
  );
}
