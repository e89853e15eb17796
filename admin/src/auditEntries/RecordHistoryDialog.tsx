import { Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import {
  Button,
  type Identifier,
  ListBase,
  Pagination,
  RecordRepresentation,
  useTranslate,
} from 'react-admin';
import { AuditEntryTable } from './AuditEntryTable';

interface RecordHistoryDialogProps {
  resource: string;
  id: Identifier;
  onClose: () => void;
}

/** Everything the audit log holds about one record, newest first, with what each change changed. */
export function RecordHistoryDialog({ resource, id, onClose }: RecordHistoryDialogProps) {
  const translate = useTranslate();
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="lg" aria-labelledby="record-history-title">
      <DialogTitle id="record-history-title">
        {translate('mujtama.history.open')}: <RecordRepresentation />
      </DialogTitle>
      <DialogContent>
        <ListBase
          resource="AuditEntry"
          filter={{ entityType: resource, entityId: id }}
          perPage={10}
          disableSyncWithLocation
          storeKey={false}
        >
          <AuditEntryTable
            withRecord={false}
            empty={
              <Typography variant="body2" color="text.secondary">
                {translate('mujtama.history.empty')}
              </Typography>
            }
          />
          <Pagination rowsPerPageOptions={[10, 25, 50]} />
        </ListBase>
      </DialogContent>
      <DialogActions>
        <Button label="ra.action.close" onClick={onClose} />
      </DialogActions>
    </Dialog>
  );
}
