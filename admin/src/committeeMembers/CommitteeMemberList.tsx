import { CommitteeRole } from '@mujtama/shared/enums';
import { DataTable, List, ReferenceField } from 'react-admin';
import { Column } from '../common/Column';
import { DemoField } from '../common/DemoField';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { HijriDateField } from '../common/HijriDateField';
import { listFilters } from '../common/listFilters';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';

const filters = listFilters(
  <ReferenceAutocompleteInput key="committeeId" source="committeeId" reference="Committee" alwaysOn />,
  <ReferenceAutocompleteInput key="personId" source="personId" reference="Person" />,
  <EnumInput key="role" source="role" enumeration={CommitteeRole} />,
);

export function CommitteeMemberList() {
  return (
    <List filters={filters} sort={{ field: 'role', order: 'ASC' }}>
      <DataTable rowClick="show">
        <Column source="personId">
          <ReferenceField source="personId" reference="Person" link={false} />
        </Column>
        <Column source="committeeId">
          <ReferenceField source="committeeId" reference="Committee" link={false} />
        </Column>
        <Column source="role">
          <EnumField source="role" enumeration={CommitteeRole} />
        </Column>
        <Column source="since" field={HijriDateField} />
        <Column source="until" field={HijriDateField} />
        <Column source="isDemo" field={DemoField} />
      </DataTable>
    </List>
  );
}
