import { QuestionKind } from '@mujtama/shared/enums';
import { BooleanField, DataTable, List, ReferenceField } from 'react-admin';
import { Column } from '../common/Column';
import { DemoField } from '../common/DemoField';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { LocalNumberField } from '../common/LocalNumberField';
import { listFilters } from '../common/listFilters';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';

const filters = listFilters(
  <ReferenceAutocompleteInput key="formId" source="formId" reference="ImpactForm" alwaysOn />,
  <EnumInput key="kind" source="kind" enumeration={QuestionKind} />,
);

export function ImpactQuestionList() {
  return (
    <List filters={filters} sort={{ field: 'position', order: 'ASC' }}>
      <DataTable rowClick="show">
        <Column source="formId">
          <ReferenceField source="formId" reference="ImpactForm" link={false} />
        </Column>
        <Column source="position" field={LocalNumberField} />
        <Column source="prompt" />
        <Column source="kind">
          <EnumField source="kind" enumeration={QuestionKind} />
        </Column>
        <Column source="required" field={BooleanField} />
        <Column source="isDemo" field={DemoField} />
      </DataTable>
    </List>
  );
}
