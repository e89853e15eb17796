import { ImpactFormTarget } from '@mujtama/shared/enums';
import {
  DataTable,
  type Identifier,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  WithRecord,
} from 'react-admin';
import { Column } from '../common/Column';
import { EnumField } from '../common/EnumField';
import { HijriDateField } from '../common/HijriDateField';
import { RecordMeta } from '../common/RecordMeta';
import { RelatedRecords } from '../common/RelatedRecords';
import { useGraphQLQuery } from '../reports/useGraphQLQuery';
import { FORM_RESULTS, type FormResults, ImpactResultsSection } from './FormResultsView';
import { QuestionsBuilder } from './QuestionsBuilder';

const RESULTS = `query ImpactFormResults($id: ID!) { impactForm(id: $id) { results { ${FORM_RESULTS} } } }`;

function Results({ id }: { id: Identifier }) {
  const { data, isPending } = useGraphQLQuery<{ impactForm: { results: FormResults } }>(RESULTS, { id });
  return (
    <ImpactResultsSection
      title="resources.ImpactForm.fields.results"
      results={data && [data.impactForm.results]}
      isPending={isPending}
    />
  );
}

function Responses() {
  return (
    <RelatedRecords reference="FormResponse" target="formId" sort={{ field: 'submittedOn', order: 'DESC' }}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <Column source="submittedOn" field={HijriDateField} />
        <Column source="respondentName" />
        <Column source="visitId">
          <ReferenceField source="visitId" reference="Visit" link={false} />
        </Column>
        <Column source="initiativeId">
          <ReferenceField source="initiativeId" reference="Initiative" link={false} />
        </Column>
      </DataTable>
    </RelatedRecords>
  );
}

export function ImpactFormShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="title" />
        <EnumField source="target" enumeration={ImpactFormTarget} />
        <ReferenceField source="programId" reference="AssociationProgram" />
        <TextField source="description" />
        <RecordMeta label={false} />
      </SimpleShowLayout>
      <QuestionsBuilder />
      <WithRecord render={(form) => <Results id={form.id} />} />
      <Responses />
    </Show>
  );
}
