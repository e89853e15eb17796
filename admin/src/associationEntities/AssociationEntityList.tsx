import { AssociationEntityKind } from '@mujtama/shared/enums';
import { BooleanField, DataTable, List, NullableBooleanInput, Pagination, ReferenceField } from 'react-admin';
import { BulkActions } from '../bulk/BulkActions';
import { Column } from '../common/Column';
import { DemoField } from '../common/DemoField';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { listFilters } from '../common/listFilters';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';
import { CENTERS } from './AssociationEntityInputs';
import { BulkUpdateEntitiesButton } from './BulkUpdateEntitiesButton';

const filters = listFilters(
  <EnumInput key="kind" source="kind" enumeration={AssociationEntityKind} alwaysOn />,
  <ReferenceAutocompleteInput key="districtId" source="districtId" reference="District" alwaysOn />,
  <ReferenceAutocompleteInput
    key="centerId"
    source="centerId"
    reference="AssociationEntity"
    filter={CENTERS}
  />,
  <ReferenceAutocompleteInput
    key="programId"
    source="programId"
    reference="AssociationProgram"
    label="resources.ProgramParticipant.fields.programId"
  />,
  <ReferenceAutocompleteInput
    key="visitGroupId"
    source="visitGroupId"
    reference="VisitGroup"
    label="resources.VisitGroupMember.fields.groupId"
  />,
  <ReferenceAutocompleteInput key="managerId" source="managerId" reference="Person" />,
  <NullableBooleanInput key="active" source="active" />,
);

/** The change of several fields in one transaction, beside what every list can do with ticked rows. */
const bulkActions = (
  <>
    <BulkUpdateEntitiesButton />
    <BulkActions />
  </>
);

/** The association's 100+ entities: searched, filtered by kind and district, and changed in bulk. */
export function AssociationEntityList() {
  return (
    <List
      filters={filters}
      sort={{ field: 'nameAr', order: 'ASC' }}
      perPage={25}
      pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
    >
      <DataTable rowClick="show" bulkActionButtons={bulkActions}>
        <Column source="nameAr" />
        <Column source="kind">
          <EnumField source="kind" enumeration={AssociationEntityKind} />
        </Column>
        <Column source="districtId">
          <ReferenceField source="districtId" reference="District" link={false} />
        </Column>
        <Column source="centerId">
          <ReferenceField source="centerId" reference="AssociationEntity" link={false} />
        </Column>
        <Column source="active" field={BooleanField} />
        <Column source="isDemo" field={DemoField} />
      </DataTable>
    </List>
  );
}
