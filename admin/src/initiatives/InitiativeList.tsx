import { InitiativeStatus, SocialService } from '@mujtama/shared/enums';
import { DataTable, List, Pagination, ReferenceField } from 'react-admin';
import { TEAMS } from '../associationEntities/AssociationEntityInputs';
import { Column } from '../common/Column';
import { DemoField } from '../common/DemoField';
import { dateRangeFilters } from '../common/dateRangeFilters';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { HijriDateField } from '../common/HijriDateField';
import { LocalNumberField } from '../common/LocalNumberField';
import { listFilters } from '../common/listFilters';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';

const filters = listFilters(
  <EnumInput key="status" source="status" enumeration={InitiativeStatus} alwaysOn />,
  <EnumInput key="service" source="service" enumeration={SocialService} alwaysOn />,
  <ReferenceAutocompleteInput key="teamId" source="teamId" reference="AssociationEntity" filter={TEAMS} />,
  <ReferenceAutocompleteInput key="programId" source="programId" reference="AssociationProgram" />,
  <ReferenceAutocompleteInput
    key="partnerId"
    source="partnerId"
    reference="Partner"
    label="resources.InitiativePartner.fields.partnerId"
  />,
  ...dateRangeFilters('startDate'),
);

export function InitiativeList() {
  return (
    <List
      filters={filters}
      sort={{ field: 'startDate', order: 'DESC' }}
      perPage={25}
      pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
    >
      <DataTable rowClick="show">
        <Column source="title" />
        <Column source="teamId">
          <ReferenceField source="teamId" reference="AssociationEntity" link={false} />
        </Column>
        <Column source="service">
          <EnumField source="service" enumeration={SocialService} />
        </Column>
        <Column source="status">
          <EnumField source="status" enumeration={InitiativeStatus} />
        </Column>
        <Column source="startDate" field={HijriDateField} />
        <Column source="beneficiaries" field={LocalNumberField} />
        <Column
          source="volunteerHours"
          label="mujtama.initiatives.volunteer_hours"
          field={LocalNumberField}
        />
        <Column source="isDemo" field={DemoField} />
      </DataTable>
    </List>
  );
}
