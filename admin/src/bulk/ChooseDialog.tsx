import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

interface ChooseDialogProps {
  open: boolean;
  title: string;
  /** What the chosen records will get, e.g. a group picker. */
  children: ReactNode;
  canConfirm: boolean;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** A small dialog asking where the ticked records go before a bulk action runs. */
export function ChooseDialog({
  open,
  title,
  children,
  canConfirm,
  busy,
  onConfirm,
  onClose,
}: ChooseDialogProps) {
  const translate = useTranslate();
  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} fullWidth maxWidth="sm">
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        <Stack gap={2} sx={{ pt: 1 }}>
          {children}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {translate('ra.action.cancel')}
        </Button>
        <Button variant="contained" onClick={onConfirm} disabled={!canConfirm || busy}>
          {translate('ra.action.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
