import { AssociationProgramKind, AssociationUnitKind } from '@mujtama/shared/enums';
import { DataTable, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { Column } from '../common/Column';
import { EnumField } from '../common/EnumField';
import { HijriDateField } from '../common/HijriDateField';
import { RecordMeta } from '../common/RecordMeta';
import { RelatedRecords } from '../common/RelatedRecords';

export function AssociationUnitShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="nameAr" />
        <TextField source="nameEn" />
        <EnumField source="kind" enumeration={AssociationUnitKind} />
        <ReferenceField source="parentId" reference="AssociationUnit" />
        <TextField source="headTitle" />
        <TextField source="description" sx={{ whiteSpace: 'pre-wrap' }} />
        <RecordMeta label={false} />
      </SimpleShowLayout>
      <RelatedRecords reference="AssociationUnit" target="parentId" title="mujtama.units.parts">
        <DataTable rowClick="show" bulkActionButtons={false}>
          <Column source="nameAr" />
          <Column source="kind">
            <EnumField source="kind" enumeration={AssociationUnitKind} />
          </Column>
          <Column source="headTitle" />
        </DataTable>
      </RelatedRecords>
      <RelatedRecords reference="AssociationProgram" target="unitId">
        <DataTable rowClick="show" bulkActionButtons={false}>
          <Column source="nameAr" />
          <Column source="kind">
            <EnumField source="kind" enumeration={AssociationProgramKind} />
          </Column>
          <Column source="startDate" field={HijriDateField} />
        </DataTable>
      </RelatedRecords>
    </Show>
  );
}
