import { PartnerSector } from '@mujtama/shared/enums';
import { DataTable, EmailField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { Column } from '../common/Column';
import { EnumField } from '../common/EnumField';
import { AddRecordButton, RowActions } from '../common/RecordDialogs';
import { RecordMeta } from '../common/RecordMeta';
import { RelatedRecords } from '../common/RelatedRecords';
import { InitiativePartnerInputs } from '../initiativePartners/InitiativePartnerInputs';

export function PartnerShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="nameAr" />
        <TextField source="nameEn" />
        <EnumField source="sector" enumeration={PartnerSector} />
        <TextField source="contactName" />
        <TextField source="phone" />
        <EmailField source="email" />
        <TextField source="notes" />
        <RecordMeta label={false} />
      </SimpleShowLayout>
      <RelatedRecords
        reference="InitiativePartner"
        target="partnerId"
        title="mujtama.partners.initiatives"
        actions={
          <AddRecordButton
            resource="InitiativePartner"
            label="mujtama.partners.add_initiative"
            title="mujtama.partners.add_initiative"
            defaults={(partner) => ({ partnerId: partner.id })}
          >
            <InitiativePartnerInputs fixed="partnerId" />
          </AddRecordButton>
        }
      >
        <DataTable rowClick={false}>
          <Column source="initiativeId">
            <ReferenceField source="initiativeId" reference="Initiative" />
          </Column>
          <Column source="contribution" />
          <RowActions resource="InitiativePartner" title="mujtama.initiatives.edit_partner">
            <InitiativePartnerInputs fixed="partnerId" />
          </RowActions>
        </DataTable>
      </RelatedRecords>
    </Show>
  );
}
