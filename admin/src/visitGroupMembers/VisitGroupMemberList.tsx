import { DataTable, List, ReferenceField } from 'react-admin';
import { CENTERS } from '../associationEntities/AssociationEntityInputs';
import { Column } from '../common/Column';
import { DemoField } from '../common/DemoField';
import { LocalNumberField } from '../common/LocalNumberField';
import { listFilters } from '../common/listFilters';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';

const filters = listFilters(
  <ReferenceAutocompleteInput key="groupId" source="groupId" reference="VisitGroup" alwaysOn />,
  <ReferenceAutocompleteInput
    key="entityId"
    source="entityId"
    reference="AssociationEntity"
    filter={CENTERS}
  />,
);

export function VisitGroupMemberList() {
  return (
    <List filters={filters} sort={{ field: 'position', order: 'ASC' }}>
      <DataTable rowClick="show">
        <Column source="groupId">
          <ReferenceField source="groupId" reference="VisitGroup" link={false} />
        </Column>
        <Column source="position" field={LocalNumberField} />
        <Column source="entityId">
          <ReferenceField source="entityId" reference="AssociationEntity" link={false} />
        </Column>
        <Column source="isDemo" field={DemoField} />
      </DataTable>
    </List>
  );
}
