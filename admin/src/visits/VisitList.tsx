import { VisitKind, VisitStatus } from '@mujtama/shared/enums';
import { BooleanField, DataTable, List, NullableBooleanInput, Pagination, ReferenceField } from 'react-admin';
import { Column } from '../common/Column';
import { DemoField } from '../common/DemoField';
import { dateRangeFilters } from '../common/dateRangeFilters';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { HijriDateField } from '../common/HijriDateField';
import { listFilters } from '../common/listFilters';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';

const filters = listFilters(
  <EnumInput key="kind" source="kind" enumeration={VisitKind} alwaysOn />,
  <EnumInput key="status" source="status" enumeration={VisitStatus} alwaysOn />,
  <ReferenceAutocompleteInput key="programId" source="programId" reference="AssociationProgram" />,
  <ReferenceAutocompleteInput key="groupId" source="groupId" reference="VisitGroup" />,
  <ReferenceAutocompleteInput key="committeeId" source="committeeId" reference="Committee" />,
  <ReferenceAutocompleteInput key="hostEntityId" source="hostEntityId" reference="AssociationEntity" />,
  <ReferenceAutocompleteInput
    key="entityId"
    source="entityId"
    reference="AssociationEntity"
    label="mujtama.visits.any_entity"
  />,
  <NullableBooleanInput key="supervised" source="supervised" label="mujtama.visits.supervised" />,
  ...dateRangeFilters('scheduledOn'),
);

export function VisitList() {
  return (
    <List
      filters={filters}
      sort={{ field: 'scheduledOn', order: 'DESC' }}
      perPage={25}
      pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
    >
      <DataTable rowClick="show">
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
        <Column source="groupId">
          <ReferenceField source="groupId" reference="VisitGroup" link={false} />
        </Column>
        <Column source="committeeId">
          <ReferenceField source="committeeId" reference="Committee" link={false} />
        </Column>
        <Column source="supervised" label="mujtama.visits.supervised" field={BooleanField} />
        <Column source="isDemo" field={DemoField} />
      </DataTable>
    </List>
  );
}
