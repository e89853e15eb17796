import EditIcon from '@mui/icons-material/Edit';
import AddIcon from '@mui/icons-material/PersonAdd';
import { Dialog, DialogContent, DialogTitle } from '@mui/material';
import { ProgramKind, RosterRole } from '@mujtama/shared/enums';
import { type ReactNode, useState } from 'react';
import {
  Button,
  CreateBase,
  EditBase,
  SaveButton,
  SimpleForm,
  Toolbar,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { localDay } from '../common/dates';
import { RosterEntryInputs } from '../rosterEntries/RosterEntryInputs';

/** Who a new roster member usually is, by program. */
const usualRole: Record<ProgramKind, RosterRole> = {
  HEALTH_COACH: 'COACH',
  INTEREST_GROUP: 'GROUP_MEMBER_PATIENT',
  COMMUNITY_EMPOWERMENT: 'TEAM_MEMBER',
};

function RosterDialog({
  title,
  onClose,
  children,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const translate = useTranslate();
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="roster-dialog-title">
      <DialogTitle id="roster-dialog-title">{translate(title)}</DialogTitle>
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

/** After a change the roster, and the page around it, are read again. */
function useRosterChanged(message: string, close: () => void) {
  const notify = useNotify();
  const refresh = useRefresh();
  return () => {
    notify(message, { type: 'success' });
    close();
    refresh();
  };
}

/** Adds a person to the shown offering's roster from a dialog, without leaving the page. */
export function AddToRosterButton() {
  const offering = useRecordContext();
  const [open, setOpen] = useState(false);
  const close = () => setOpen(false);
  const onSuccess = useRosterChanged('mujtama.roster.added', close);
  if (!offering) return null;
  const kind: ProgramKind | undefined = ProgramKind.keys.find((key) => key === offering.kind);
  return (
    <>
      <Button label="mujtama.roster.add" onClick={() => setOpen(true)} variant="contained">
        <AddIcon />
      </Button>
      {open ? (
        <RosterDialog title="mujtama.roster.add_title" onClose={close}>
          <CreateBase
            resource="RosterEntry"
            record={{ offeringId: offering.id, role: kind && usualRole[kind], since: localDay(new Date()) }}
            redirect={false}
            mutationOptions={{ onSuccess }}
          >
            <SimpleForm toolbar={<DialogToolbar onCancel={close} />}>
              <RosterEntryInputs withOffering={false} />
            </SimpleForm>
          </CreateBase>
        </RosterDialog>
      ) : null}
    </>
  );
}

/** Changes a roster entry's role or dates, or moves it to another offering, from a dialog. */
export function ChangeRosterEntryButton() {
  const entry = useRecordContext();
  const [open, setOpen] = useState(false);
  const close = () => setOpen(false);
  const onSuccess = useRosterChanged('mujtama.roster.changed', close);
  if (!entry) return null;
  return (
    <>
      <Button label="mujtama.roster.edit" onClick={() => setOpen(true)}>
        <EditIcon />
      </Button>
      {open ? (
        <RosterDialog title="mujtama.roster.edit_title" onClose={close}>
          <EditBase
            resource="RosterEntry"
            id={entry.id}
            mutationMode="pessimistic"
            redirect={false}
            mutationOptions={{ onSuccess }}
          >
            <SimpleForm toolbar={<DialogToolbar onCancel={close} />}>
              <RosterEntryInputs />
            </SimpleForm>
          </EditBase>
        </RosterDialog>
      ) : null}
    </>
  );
}
