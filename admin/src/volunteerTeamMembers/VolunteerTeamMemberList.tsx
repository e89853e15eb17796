import { TeamRole } from '@mujtama/shared/enums';
import { DataTable, List, ReferenceField } from 'react-admin';
import { TEAMS } from '../associationEntities/AssociationEntityInputs';
import { Column } from '../common/Column';
import { DemoField } from '../common/DemoField';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { HijriDateField } from '../common/HijriDateField';
import { listFilters } from '../common/listFilters';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';
import { VolunteerReferenceInput } from '../volunteers/VolunteerReferenceInput';

const filters = listFilters(
  <ReferenceAutocompleteInput
    key="teamId"
    source="teamId"
    reference="AssociationEntity"
    filter={TEAMS}
    alwaysOn
  />,
  <VolunteerReferenceInput key="volunteerId" source="volunteerId" />,
  <EnumInput key="role" source="role" enumeration={TeamRole} />,
);

export function VolunteerTeamMemberList() {
  return (
    <List filters={filters} sort={{ field: 'since', order: 'DESC' }}>
      <DataTable rowClick="show">
        <Column source="volunteerId">
          <ReferenceField source="volunteerId" reference="Volunteer" link={false} />
        </Column>
        <Column source="teamId">
          <ReferenceField source="teamId" reference="AssociationEntity" link={false} />
        </Column>
        <Column source="role">
          <EnumField source="role" enumeration={TeamRole} />
        </Column>
        <Column source="since" field={HijriDateField} />
        <Column source="isDemo" field={DemoField} />
      </DataTable>
    </List>
  );
}
