import { RosterRole } from '@mujtama/shared/enums';
import { DataTable, List, NullableBooleanInput, ReferenceField } from 'react-admin';
import { Column } from '../common/Column';
import { DemoField } from '../common/DemoField';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { HijriDateField } from '../common/HijriDateField';
import { listFilters } from '../common/listFilters';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';

const filters = listFilters(
  <ReferenceAutocompleteInput key="offeringId" source="offeringId" reference="ProgramOffering" />,
  <ReferenceAutocompleteInput key="personId" source="personId" reference="Person" />,
  <EnumInput key="role" source="role" enumeration={RosterRole} />,
  <NullableBooleanInput key="current" source="current" label="mujtama.roster.current" />,
);

export function RosterEntryList() {
  return (
    <List filters={filters} sort={{ field: 'since', order: 'DESC' }}>
      <DataTable rowClick="show">
        <Column source="personId">
          <ReferenceField source="personId" reference="Person" link={false} />
        </Column>
        <Column source="offeringId">
          <ReferenceField source="offeringId" reference="ProgramOffering" link={false} />
        </Column>
        <Column source="role">
          <EnumField source="role" enumeration={RosterRole} />
        </Column>
        <Column source="since" field={HijriDateField} />
        <Column source="until" field={HijriDateField} />
        <Column source="isDemo" field={DemoField} />
      </DataTable>
    </List>
  );
}
