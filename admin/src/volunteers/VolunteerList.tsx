import { VolunteerSkill } from '@mujtama/shared/enums';
import { DataTable, List, Pagination, ReferenceField } from 'react-admin';
import { TEAMS } from '../associationEntities/AssociationEntityInputs';
import { Column } from '../common/Column';
import { DemoField } from '../common/DemoField';
import { EnumArrayField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { HijriDateField } from '../common/HijriDateField';
import { LocalNumberField } from '../common/LocalNumberField';
import { listFilters } from '../common/listFilters';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';

const filters = listFilters(
  <ReferenceAutocompleteInput
    key="teamId"
    source="teamId"
    reference="AssociationEntity"
    filter={TEAMS}
    label="resources.VolunteerTeamMember.fields.teamId"
    alwaysOn
  />,
  <EnumInput
    key="skill"
    source="skill"
    enumeration={VolunteerSkill}
    label="resources.Volunteer.fields.skills"
  />,
  <ReferenceAutocompleteInput
    key="initiativeId"
    source="initiativeId"
    reference="Initiative"
    label="resources.InitiativeVolunteer.fields.initiativeId"
  />,
);

export function VolunteerList() {
  return (
    <List
      filters={filters}
      sort={{ field: 'joinedOn', order: 'DESC' }}
      perPage={25}
      pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
    >
      <DataTable rowClick="show">
        <Column source="personId">
          <ReferenceField source="personId" reference="Person" link={false} />
        </Column>
        <Column source="skills">
          <EnumArrayField source="skills" enumeration={VolunteerSkill} />
        </Column>
        <Column source="hours" field={LocalNumberField} />
        <Column source="joinedOn" field={HijriDateField} />
        <Column source="isDemo" field={DemoField} />
      </DataTable>
    </List>
  );
}
