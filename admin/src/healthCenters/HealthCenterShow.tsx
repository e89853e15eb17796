import { HealthCenterKind, InterestGroupTopic, OfferingStatus, ProgramKind } from '@mujtama/shared/enums';
import {
  BooleanField,
  CreateButton,
  DataTable,
  EmailField,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  useRecordContext,
} from 'react-admin';
import { Column } from '../common/Column';
import { EnumField } from '../common/EnumField';
import { HijriDateField } from '../common/HijriDateField';
import { RecordMeta } from '../common/RecordMeta';
import { RelatedRecords } from '../common/RelatedRecords';

function AddOfferingButton() {
  const center = useRecordContext();
  if (!center) return null;
  return (
    <CreateButton
      resource="ProgramOffering"
      state={{ record: { centerId: center.id } }}
      label="mujtama.offerings.add"
    />
  );
}

export function HealthCenterShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="nameAr" />
        <TextField source="nameEn" />
        <ReferenceField source="districtId" reference="District" />
        <EnumField source="kind" enumeration={HealthCenterKind} />
        <BooleanField source="active" />
        <TextField source="phone" />
        <EmailField source="email" />
        <TextField source="address" />
        <RecordMeta label={false} />
      </SimpleShowLayout>
      <RelatedRecords
        reference="ProgramOffering"
        target="centerId"
        title="resources.HealthCenter.fields.offerings"
        sort={{ field: 'kind', order: 'ASC' }}
        actions={<AddOfferingButton />}
      >
        <DataTable rowClick="show" bulkActionButtons={false}>
          <Column source="nameAr" />
          <Column source="kind">
            <EnumField source="kind" enumeration={ProgramKind} />
          </Column>
          <Column source="topic">
            <EnumField source="topic" enumeration={InterestGroupTopic} />
          </Column>
          <Column source="status">
            <EnumField source="status" enumeration={OfferingStatus} />
          </Column>
          <Column source="startDate">
            <HijriDateField source="startDate" />
          </Column>
        </DataTable>
      </RelatedRecords>
    </Show>
  );
}
