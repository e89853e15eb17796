import { PriorityStatus } from '@mujtama/shared/enums';
import { DataTable, List, ReferenceField } from 'react-admin';
import { Column } from '../common/Column';
import { DemoField } from '../common/DemoField';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { LocalNumberField } from '../common/LocalNumberField';
import { listFilters } from '../common/listFilters';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';

const filters = listFilters(
  <ReferenceAutocompleteInput
    key="offeringId"
    source="offeringId"
    reference="ProgramOffering"
    filter={{ kind: 'COMMUNITY_EMPOWERMENT' }}
  />,
  <EnumInput key="status" source="status" enumeration={PriorityStatus} />,
);

export function EmpowermentPriorityList() {
  return (
    <List filters={filters} sort={{ field: 'rank', order: 'ASC' }}>
      <DataTable rowClick="show">
        <Column source="title" />
        <Column source="offeringId">
          <ReferenceField source="offeringId" reference="ProgramOffering" link={false} />
        </Column>
        <Column source="rank" field={LocalNumberField} />
        <Column source="status">
          <EnumField source="status" enumeration={PriorityStatus} />
        </Column>
        <Column source="isDemo" field={DemoField} />
      </DataTable>
    </List>
  );
}
