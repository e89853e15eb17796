import { HealthCenterKind } from '@mujtama/shared/enums';
import { BooleanField, DataTable, Show, SimpleShowLayout, TextField } from 'react-admin';
import { Column } from '../common/Column';
import { EnumField } from '../common/EnumField';
import { RecordMeta } from '../common/RecordMeta';
import { RelatedRecords } from '../common/RelatedRecords';

export function DistrictShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="nameAr" />
        <TextField source="nameEn" />
        <RecordMeta label={false} />
      </SimpleShowLayout>
      <RelatedRecords reference="HealthCenter" target="districtId" sort={{ field: 'nameAr', order: 'ASC' }}>
        <DataTable rowClick="show" bulkActionButtons={false}>
          <Column source="nameAr" />
          <Column source="kind">
            <EnumField source="kind" enumeration={HealthCenterKind} />
          </Column>
          <Column source="active" field={BooleanField} />
        </DataTable>
      </RelatedRecords>
    </Show>
  );
}
