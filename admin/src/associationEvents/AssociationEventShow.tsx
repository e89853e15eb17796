import { AssociationEventKind } from '@mujtama/shared/enums';
import { DataTable, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { Column } from '../common/Column';
import { EnumField } from '../common/EnumField';
import { AddRecordButton, RowActions } from '../common/RecordDialogs';
import { RecordMeta } from '../common/RecordMeta';
import { RelatedRecords } from '../common/RelatedRecords';
import { EventExhibitorInputs } from '../eventExhibitors/EventExhibitorInputs';
import { EventDayField } from './EventDayField';

export function AssociationEventShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="nameAr" />
        <TextField source="nameEn" />
        <EnumField source="kind" enumeration={AssociationEventKind} />
        <ReferenceField source="parentId" reference="AssociationEvent" />
        <EventDayField source="startDate" />
        <EventDayField source="endDate" />
        <TextField source="timeNote" />
        <TextField source="venue" />
        <TextField source="description" sx={{ whiteSpace: 'pre-wrap' }} />
        <RecordMeta label={false} />
      </SimpleShowLayout>
      <RelatedRecords
        reference="AssociationEvent"
        target="parentId"
        title="mujtama.events.parts"
        sort={{ field: 'startDate', order: 'ASC' }}
      >
        <DataTable rowClick="show" bulkActionButtons={false}>
          <Column source="nameAr" />
          <Column source="kind">
            <EnumField source="kind" enumeration={AssociationEventKind} />
          </Column>
          <Column source="startDate" field={EventDayField} />
          <Column source="timeNote" />
        </DataTable>
      </RelatedRecords>
      <RelatedRecords
        reference="EventExhibitor"
        target="eventId"
        title="resources.AssociationEvent.fields.exhibitors"
        perPage={25}
        actions={
          <AddRecordButton
            resource="EventExhibitor"
            label="mujtama.events.add_exhibitor"
            title="mujtama.events.add_exhibitor"
            defaults={(event) => ({ eventId: event.id })}
          >
            <EventExhibitorInputs fixed="eventId" />
          </AddRecordButton>
        }
      >
        <DataTable rowClick={false}>
          <Column source="entityId">
            <ReferenceField source="entityId" reference="AssociationEntity" />
          </Column>
          <Column source="notes" />
          <RowActions resource="EventExhibitor" title="mujtama.events.edit_exhibitor">
            <EventExhibitorInputs fixed="eventId" />
          </RowActions>
        </DataTable>
      </RelatedRecords>
    </Show>
  );
}
