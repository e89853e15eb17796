import HistoryIcon from '@mui/icons-material/History';
import { lazy, Suspense, useState } from 'react';
import { Button, useCanAccess, useRecordContext, useResourceContext } from 'react-admin';

const RecordHistoryDialog = lazy(() =>
  import('./RecordHistoryDialog').then(({ RecordHistoryDialog }) => ({ default: RecordHistoryDialog })),
);

/** Opens the history of the record in context, for those who may read the audit log. */
export function RecordHistoryButton() {
  const record = useRecordContext();
  const resource = useResourceContext();
  const { canAccess } = useCanAccess({ resource: 'AuditEntry', action: 'list' });
  const [open, setOpen] = useState(false);
  if (!record || !resource || !canAccess) return null;
  return (
    <>
      <Button label="mujtama.history.open" onClick={() => setOpen(true)}>
        <HistoryIcon />
      </Button>
      {open ? (
        <Suspense fallback={null}>
          <RecordHistoryDialog resource={resource} id={record.id} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
