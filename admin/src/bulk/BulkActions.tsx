import DeleteIcon from '@mui/icons-material/DeleteOutline';
import GroupWorkIcon from '@mui/icons-material/GroupWork';
import PlaylistAddIcon from '@mui/icons-material/PlaylistAdd';
import ToggleOffIcon from '@mui/icons-material/ToggleOff';
import ToggleOnIcon from '@mui/icons-material/ToggleOn';
import { type ComponentType, lazy, type ReactElement, Suspense, useState } from 'react';
import {
  BulkDeleteButton,
  BulkUpdateButton,
  Button,
  useCanAccess,
  useListContext,
  useResourceContext,
} from 'react-admin';
import { BulkRestoreButton } from '../trash/RestoreButtons';
import { isTrashView } from '../trash/useRestore';

const AddToVisitGroupDialog = lazy(() => import('./AddToVisitGroupDialog'));
const AddToRosterDialog = lazy(() => import('./AddToRosterDialog'));

interface DialogButtonProps {
  label: string;
  icon: ReactElement;
  /** The records the action creates, whose create access it needs. */
  creates: string;
  dialog: ComponentType<{ onClose: () => void }>;
}

/** A bulk action that asks where the ticked records go; its dialog loads when first opened. */
function DialogButton({ label, icon, creates, dialog: Dialog }: DialogButtonProps) {
  const { canAccess } = useCanAccess({ resource: creates, action: 'create' });
  const [open, setOpen] = useState(false);
  if (!canAccess) return null;
  return (
    <>
      <Button label={label} onClick={() => setOpen(true)}>
        {icon}
      </Button>
      {open ? (
        <Suspense fallback={null}>
          <Dialog onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}

/**
 * What every list can do with the records ticked, unless the list says otherwise: switch records
 * that can be inactive on or off, put entities in a visit group or people on a program roster,
 * and move records to the trash; in the trash, restore them.
 */
export function BulkActions() {
  const resource = useResourceContext();
  const { data, filterValues } = useListContext();
  const { canAccess: canEdit } = useCanAccess({ resource, action: 'edit' });
  const { canAccess: canDelete } = useCanAccess({ resource, action: 'delete' });
  const switchable = data?.some((record) => typeof record.active === 'boolean') ?? false;
  if (isTrashView(filterValues)) return <BulkRestoreButton />;
  return (
    <>
      {canEdit && switchable ? (
        <>
          <BulkUpdateButton
            label="mujtama.bulk.activate"
            data={{ active: true }}
            mutationMode="pessimistic"
            icon={<ToggleOnIcon />}
          />
          <BulkUpdateButton
            label="mujtama.bulk.deactivate"
            data={{ active: false }}
            mutationMode="pessimistic"
            icon={<ToggleOffIcon />}
          />
        </>
      ) : null}
      {resource === 'AssociationEntity' ? (
        <DialogButton
          label="mujtama.bulk.add_to_group"
          icon={<GroupWorkIcon />}
          creates="VisitGroupMember"
          dialog={AddToVisitGroupDialog}
        />
      ) : null}
      {resource === 'Person' ? (
        <DialogButton
          label="mujtama.bulk.add_to_roster"
          icon={<PlaylistAddIcon />}
          creates="RosterEntry"
          dialog={AddToRosterDialog}
        />
      ) : null}
      {canDelete ? (
        <BulkDeleteButton label="mujtama.bulk.trash" icon={<DeleteIcon />} mutationMode="pessimistic" />
      ) : null}
    </>
  );
}
