import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import { Dialog, DialogContent, DialogTitle, Stack } from '@mui/material';
import type { ResourceType } from '@mujtama/shared/resources';
import { type ReactElement, type ReactNode, useId, useState } from 'react';
import {
  Button,
  CreateBase,
  DataTable,
  DeleteButton,
  EditBase,
  type RaRecord,
  SaveButton,
  SimpleForm,
  Toolbar,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';

/** Adjusts the values before they are sent, e.g. to clear a field the form no longer shows. */
type Transform = (data: Record<string, unknown>) => Record<string, unknown>;

interface RecordDialogProps {
  resource: ResourceType;
  /** Translation key of the dialog's title. */
  title: string;
  /** The inputs; in a new record's dialog, without the ones its defaults fix. */
  children: ReactElement;
  transform?: Transform;
}

function RecordDialog({
  title,
  onClose,
  children,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const translate = useTranslate();
  const titleId = useId();
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{translate(title)}</DialogTitle>
      <DialogContent>{children}</DialogContent>
    </Dialog>
  );
}

function DialogToolbar({ onCancel }: { onCancel: () => void }) {
  return (
    <Toolbar sx={{ gap: 1 }}>
      <SaveButton />
      <Button label="ra.action.cancel" onClick={onCancel} />
    </Toolbar>
  );
}

/** After a change in a dialog, the page around it is read again. */
function useChanged(message: string, close: () => void) {
  const notify = useNotify();
  const refresh = useRefresh();
  return () => {
    notify(message, { type: 'success', messageArgs: { smart_count: 1 } });
    close();
    refresh();
  };
}

interface AddRecordButtonProps extends RecordDialogProps {
  /** Translation key of the button. */
  label: string;
  /** The values the new record starts with, usually the shown record's id as its foreign key. */
  defaults: (shown: RaRecord) => Record<string, unknown>;
}

/** Adds a record pointing at the shown one from a dialog, without leaving its page. */
export function AddRecordButton({
  resource,
  label,
  title,
  defaults,
  children,
  transform,
}: AddRecordButtonProps) {
  const shown = useRecordContext();
  const [open, setOpen] = useState(false);
  const close = () => setOpen(false);
  const onSuccess = useChanged('ra.notification.created', close);
  if (!shown) return null;
  return (
    <>
      <Button label={label} onClick={() => setOpen(true)} variant="contained">
        <AddIcon />
      </Button>
      {open ? (
        <RecordDialog title={title} onClose={close}>
          <CreateBase
            resource={resource}
            record={defaults(shown)}
            redirect={false}
            transform={transform}
            mutationOptions={{ onSuccess }}
          >
            <SimpleForm toolbar={<DialogToolbar onCancel={close} />}>{children}</SimpleForm>
          </CreateBase>
        </RecordDialog>
      ) : null}
    </>
  );
}

/** Changes the record of a row from a dialog, without leaving the page. */
function EditRecordButton({ resource, title, children, transform }: RecordDialogProps) {
  const record = useRecordContext();
  const [open, setOpen] = useState(false);
  const close = () => setOpen(false);
  const onSuccess = useChanged('ra.notification.updated', close);
  if (!record) return null;
  return (
    <>
      <Button label="ra.action.edit" onClick={() => setOpen(true)}>
        <EditIcon />
      </Button>
      {open ? (
        <RecordDialog title={title} onClose={close}>
          <EditBase
            resource={resource}
            id={record.id}
            mutationMode="pessimistic"
            redirect={false}
            transform={transform}
            mutationOptions={{ onSuccess }}
          >
            <SimpleForm toolbar={<DialogToolbar onCancel={close} />}>{children}</SimpleForm>
          </EditBase>
        </RecordDialog>
      ) : null}
    </>
  );
}

/** The last column of a list managed in place: change the row's record in a dialog, or remove it. */
export function RowActions({ resource, title, children, transform }: RecordDialogProps) {
  return (
    <DataTable.Col label={false}>
      <Stack direction="row" justifyContent="flex-end">
        <EditRecordButton resource={resource} title={title} transform={transform}>
          {children}
        </EditRecordButton>
        <DeleteButton redirect={false} />
      </Stack>
    </DataTable.Col>
  );
}
