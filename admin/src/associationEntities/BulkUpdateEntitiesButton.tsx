import EditNoteIcon from '@mui/icons-material/EditNote';
import { Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useId, useState } from 'react';
import {
  Button,
  Form,
  type Identifier,
  NullableBooleanInput,
  SaveButton,
  useListContext,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { useFormatNumber } from '../common/digits';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';
import { useApiMutation } from '../common/useApiMutation';
import { CENTERS } from './AssociationEntityInputs';

const UPDATE_ENTITIES = `mutation UpdateAssociationEntities($ids: [ID!]!, $input: BulkUpdateAssociationEntitiesInput!) {
  updateAssociationEntities(ids: $ids, input: $input) { id }
}`;

/** The API changes at most this many entities in one transaction. */
const CHUNK = 500;

interface BulkChange {
  active?: boolean | null;
  districtId?: Identifier | null;
  centerId?: Identifier | null;
}

/** The fields given a value; the ones left empty stay as they are on every entity. */
function changeOf(values: BulkChange) {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value != null && value !== ''));
}

/** Sets whether the selected entities are active, their district or their center, in one step. */
export function BulkUpdateEntitiesButton() {
  const { selectedIds, onUnselectItems } = useListContext();
  const [open, setOpen] = useState(false);
  const run = useApiMutation();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const format = useFormatNumber();
  const titleId = useId();
  const close = () => setOpen(false);

  const apply = async (values: BulkChange) => {
    const input = changeOf(values);
    if (Object.keys(input).length === 0) return;
    for (let start = 0; start < selectedIds.length; start += CHUNK) {
      const ids = selectedIds.slice(start, start + CHUNK);
      const done = await run(UPDATE_ENTITIES, { ids, input }, { resource: 'AssociationEntity' });
      if (!done) return;
    }
    notify('ra.notification.updated', { type: 'success', messageArgs: { smart_count: selectedIds.length } });
    close();
    onUnselectItems();
    refresh();
  };

  return (
    <>
      <Button label="mujtama.entities.bulk_edit" onClick={() => setOpen(true)}>
        <EditNoteIcon />
      </Button>
      <Dialog open={open} onClose={close} fullWidth maxWidth="sm" aria-labelledby={titleId}>
        <DialogTitle id={titleId}>
          {translate('mujtama.entities.bulk_edit_title', {
            smart_count: selectedIds.length,
            count: format(selectedIds.length),
          })}
        </DialogTitle>
        <Form onSubmit={(values: BulkChange) => apply(values)}>
          <DialogContent>
            <Typography variant="body2" color="text.secondary" gutterBottom>
              {translate('mujtama.entities.bulk_edit_hint')}
            </Typography>
            <NullableBooleanInput
              source="active"
              nullLabel="mujtama.entities.unchanged"
              trueLabel="mujtama.entities.set_active"
              falseLabel="mujtama.entities.set_inactive"
            />
            <ReferenceAutocompleteInput source="districtId" reference="District" />
            <ReferenceAutocompleteInput
              source="centerId"
              reference="AssociationEntity"
              filter={CENTERS}
              helperText="mujtama.entities.bulk_center_hint"
            />
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={close} />
            <SaveButton label="mujtama.entities.bulk_apply" />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
}
