import {
  Alert,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Stack,
  Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import {
  Button,
  type RaRecord,
  useDataProvider,
  useEditContext,
  useNotify,
  useResourceContext,
  useTranslate,
} from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { editConflicts } from './changes';
import { FieldComparison } from './FieldComparison';

/** A save refused because the record changed since the editor opened it. */
export interface SaveConflict {
  /** The version the editor started from. */
  base: RaRecord;
  /** What they tried to save. */
  mine: Readonly<Record<string, unknown>>;
}

interface ConflictDialogProps {
  conflict: SaveConflict | null;
  onClose: () => void;
}

/**
 * Inside an edit form: after a refused save, sets what the editor entered beside what is saved now,
 * and loads the saved version into the form, with or without the editor's values on top, so that
 * the next save starts from it. Nothing is saved until they save again.
 */
export function ConflictDialog({ conflict, onClose }: ConflictDialogProps) {
  const translate = useTranslate();
  const resource = useResourceContext();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const { refetch } = useEditContext();
  const { setValue } = useFormContext();
  const formVersion: unknown = useWatch({ name: 'version' });
  const [stored, setStored] = useState<RaRecord | 'unavailable' | null>(null);
  const [reapply, setReapply] = useState<{ version: unknown; values: Record<string, unknown> } | null>(null);

  // Read past react-admin's cache: the form must keep the editor's values until they choose.
  useEffect(() => {
    if (!conflict || !resource) return undefined;
    let current = true;
    setStored(null);
    dataProvider.getOne(resource, { id: conflict.base.id }).then(
      ({ data }) => {
        if (!current) return;
        // The API refuses a clash with another record (a unique value) with the same code.
        if (data.version === conflict.base.version) {
          notify('mujtama.conflict.clash', { type: 'error' });
          onClose();
        } else {
          setStored(data);
        }
      },
      () => current && setStored('unavailable'),
    );
    return () => {
      current = false;
    };
  }, [conflict, resource, dataProvider, notify, onClose]);

  // The form resets itself to the record it edits once that is read again; the editor's values go on top after.
  useEffect(() => {
    if (!reapply || formVersion !== reapply.version) return;
    for (const [field, value] of Object.entries(reapply.values))
      setValue(field, value, { shouldDirty: true });
    setReapply(null);
  }, [formVersion, reapply, setValue]);

  if (!conflict) return null;
  const ready = stored !== null && stored !== 'unavailable';
  const rows = ready ? editConflicts(conflict.base, conflict.mine, stored) : [];

  const load = async (keepMine: boolean) => {
    const { data } = await refetch();
    if (keepMine && data) {
      setReapply({
        version: data.version,
        values: Object.fromEntries(rows.map(({ field, mine }) => [field, mine])),
      });
    }
    onClose();
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="conflict-title">
      <DialogTitle id="conflict-title">{translate('mujtama.conflict.title')}</DialogTitle>
      <DialogContent>
        <Stack gap={2}>
          <Alert severity="warning">{translate('mujtama.errors.conflict')}</Alert>
          <Typography variant="body2">{translate('mujtama.conflict.intro')}</Typography>
          {stored === null ? <LinearProgress /> : null}
          {stored === 'unavailable' ? (
            <Alert severity="error">{translate('mujtama.conflict.unavailable')}</Alert>
          ) : null}
          {ready ? (
            <FieldComparison
              resource={resource}
              columns={['mujtama.conflict.mine', 'mujtama.conflict.stored']}
              rows={rows.map(({ field, mine, stored: now, changedMeanwhile }) => ({
                field,
                left: mine,
                right: now,
                note: changedMeanwhile ? (
                  <Typography variant="caption" display="block" color="warning.main">
                    {translate('mujtama.conflict.changed_meanwhile')}
                  </Typography>
                ) : null,
              }))}
              label={translate('mujtama.conflict.title')}
            />
          ) : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button label="ra.action.cancel" onClick={onClose} />
        <Button label="mujtama.conflict.keep_mine" onClick={() => load(true)} disabled={!ready} />
        <Button
          label="mujtama.conflict.load_newer"
          variant="contained"
          onClick={() => load(false)}
          disabled={!ready}
        />
      </DialogActions>
    </Dialog>
  );
}
