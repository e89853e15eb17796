import { TrainingAudience, TrainingKind, TrainingOrganizer } from '@mujtama/shared/enums';
import { DataTable, List } from 'react-admin';
import { Column } from '../common/Column';
import { DemoField } from '../common/DemoField';
import { dateRangeFilters } from '../common/dateRangeFilters';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { HijriDateField } from '../common/HijriDateField';
import { LocalNumberField } from '../common/LocalNumberField';
import { listFilters } from '../common/listFilters';

const filters = listFilters(
  <EnumInput key="kind" source="kind" enumeration={TrainingKind} />,
  <EnumInput key="audience" source="audience" enumeration={TrainingAudience} alwaysOn />,
  <EnumInput key="organizer" source="organizer" enumeration={TrainingOrganizer} />,
  ...dateRangeFilters('startDate'),
);

export function TrainingEventList() {
  return (
    <List filters={filters} sort={{ field: 'startDate', order: 'DESC' }}>
      <DataTable rowClick="show">
        <Column source="title" />
        <Column source="kind">
          <EnumField source="kind" enumeration={TrainingKind} />
        </Column>
        <Column source="audience">
          <EnumField source="audience" enumeration={TrainingAudience} />
        </Column>
        <Column source="organizer">
          <EnumField source="organizer" enumeration={TrainingOrganizer} />
        </Column>
        <Column source="startDate" field={HijriDateField} />
        <Column source="hours" field={LocalNumberField} />
        <Column source="isDemo" field={DemoField} />
      </DataTable>
    </List>
  );
}
