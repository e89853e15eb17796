import { AssociationEventKind } from '@mujtama/shared/enums';
import { DataTable, List, ReferenceField } from 'react-admin';
import { Column } from '../common/Column';
import { DemoField } from '../common/DemoField';
import { dateRangeFilters } from '../common/dateRangeFilters';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { listFilters } from '../common/listFilters';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';
import { EventDayField } from './EventDayField';

const filters = listFilters(
  <EnumInput key="kind" source="kind" enumeration={AssociationEventKind} alwaysOn />,
  <ReferenceAutocompleteInput key="parentId" source="parentId" reference="AssociationEvent" />,
  ...dateRangeFilters('startDate'),
);

export function AssociationEventList() {
  return (
    <List filters={filters} sort={{ field: 'startDate', order: 'DESC' }}>
      <DataTable rowClick="show">
        <Column source="nameAr" />
        <Column source="kind">
          <EnumField source="kind" enumeration={AssociationEventKind} />
        </Column>
        <Column source="startDate" field={EventDayField} />
        <Column source="endDate" field={EventDayField} />
        <Column source="venue" />
        <Column source="parentId">
          <ReferenceField source="parentId" reference="AssociationEvent" link={false} />
        </Column>
        <Column source="isDemo" field={DemoField} />
      </DataTable>
    </List>
  );
}
