import RestoreFromTrashIcon from '@mui/icons-material/RestoreFromTrash';
import { Button, useListContext, useRecordContext } from 'react-admin';
import { useRestore } from './useRestore';

/** Takes the record in context back out of the trash: in a row of the trash, or on its page. */
export function RestoreButton() {
  const record = useRecordContext();
  const { canRestore, restore, isPending } = useRestore();
  if (!record || !canRestore) return null;
  return (
    <Button
      label="mujtama.trash.restore"
      disabled={isPending}
      onClick={(event) => {
        // Inside a row, the click must not also open the record.
        event.stopPropagation();
        restore([record.id]);
      }}
    >
      <RestoreFromTrashIcon />
    </Button>
  );
}

/** Takes the ticked records of the trash back out of it. */
export function BulkRestoreButton() {
  const { selectedIds, onUnselectItems } = useListContext();
  const { canRestore, restore, isPending } = useRestore();
  if (!canRestore) return null;
  return (
    <Button
      label="mujtama.trash.restore"
      disabled={isPending}
      onClick={() => restore(selectedIds, () => onUnselectItems())}
    >
      <RestoreFromTrashIcon />
    </Button>
  );
}
