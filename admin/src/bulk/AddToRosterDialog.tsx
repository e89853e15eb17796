import { Autocomplete, TextField } from '@mui/material';
import { RosterRole } from '@mujtama/shared/enums';
import { enumChoices } from '@mujtama/shared/labels';
import { useState } from 'react';
import { type RaRecord, useGetList, useListContext, useNotify, useRefresh, useTranslate } from 'react-admin';
import { useAppLocale } from '../common/useAppLocale';
import { sendImport } from '../csv/importApi';
import { ChooseDialog } from './ChooseDialog';

/**
 * Puts the ticked people on a program's roster in one role, all or none: it goes through the
 * import's checked, single-transaction write, so a person who may not join (a role the program
 * does not have, a center outside the manager's) leaves the roster as it was.
 */
export default function AddToRosterDialog({ onClose }: { onClose: () => void }) {
  const translate = useTranslate();
  const locale = useAppLocale();
  const { selectedIds, onUnselectItems } = useListContext();
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  const [offering, setOffering] = useState<RaRecord | null>(null);
  const [role, setRole] = useState<{ id: RosterRole; name: string } | null>(null);
  const { data: offerings = [] } = useGetList('ProgramOffering', {
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'nameAr', order: 'ASC' },
  });
  const run = async () => {
    if (!offering || !role) return;
    setBusy(true);
    try {
      const outcome = await sendImport(
        'ROSTER_ENTRY',
        selectedIds.map((personId) => ({
          personId: String(personId),
          offeringId: String(offering.id),
          role: role.id,
        })),
        () => undefined,
      );
      if ('created' in outcome) {
        notify('mujtama.bulk.rostered', {
          messageArgs: { count: outcome.created, offering: offering.nameAr },
        });
        onUnselectItems();
        refresh();
      } else {
        const [first] = outcome.errors;
        notify('mujtama.bulk.roster_refused', {
          type: 'error',
          messageArgs: { reason: first ? (locale === 'ar' ? first.messageAr : first.messageEn) : '' },
        });
      }
    } catch {
      notify('ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
      onClose();
    }
  };

  return (
    <ChooseDialog
      open
      title={translate('mujtama.bulk.add_to_roster')}
      canConfirm={offering !== null && role !== null}
      busy={busy}
      onConfirm={() => void run()}
      onClose={onClose}
    >
      <Autocomplete
        options={offerings}
        value={offering}
        onChange={(_event, value) => setOffering(value)}
        getOptionLabel={(option) => String(option.nameAr ?? option.id)}
        isOptionEqualToValue={(option, value) => option.id === value.id}
        renderInput={(params) => (
          <TextField {...params} label={translate('resources.RosterEntry.fields.offeringId')} />
        )}
      />
      <Autocomplete
        options={enumChoices(RosterRole, locale)}
        value={role}
        onChange={(_event, value) => setRole(value)}
        getOptionLabel={(option) => option.name}
        isOptionEqualToValue={(option, value) => option.id === value.id}
        renderInput={(params) => (
          <TextField {...params} label={translate('resources.RosterEntry.fields.role')} />
        )}
      />
    </ChooseDialog>
  );
}
