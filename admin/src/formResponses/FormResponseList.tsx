import { DataTable, List, ReferenceField } from 'react-admin';
import { Column } from '../common/Column';
import { DemoField } from '../common/DemoField';
import { dateRangeFilters } from '../common/dateRangeFilters';
import { HijriDateField } from '../common/HijriDateField';
import { listFilters } from '../common/listFilters';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';
import { VisitReferenceInput } from '../visits/VisitReferenceInput';

const filters = listFilters(
  <ReferenceAutocompleteInput key="formId" source="formId" reference="ImpactForm" alwaysOn />,
  <ReferenceAutocompleteInput
    key="programId"
    source="programId"
    reference="AssociationProgram"
    label="resources.ImpactForm.fields.programId"
  />,
  <VisitReferenceInput key="visitId" source="visitId" />,
  <ReferenceAutocompleteInput key="initiativeId" source="initiativeId" reference="Initiative" />,
  ...dateRangeFilters('submittedOn'),
);

export function FormResponseList() {
  return (
    <List filters={filters} sort={{ field: 'submittedOn', order: 'DESC' }}>
      <DataTable rowClick="show">
        <Column source="submittedOn" field={HijriDateField} />
        <Column source="formId">
          <ReferenceField source="formId" reference="ImpactForm" link={false} />
        </Column>
        <Column source="visitId">
          <ReferenceField source="visitId" reference="Visit" link={false} />
        </Column>
        <Column source="initiativeId">
          <ReferenceField source="initiativeId" reference="Initiative" link={false} />
        </Column>
        <Column source="respondentName" />
        <Column source="isDemo" field={DemoField} />
      </DataTable>
    </List>
  );
}
