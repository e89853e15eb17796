import { Autocomplete, TextField } from '@mui/material';
import { useState } from 'react';
import {
  type RaRecord,
  useDataProvider,
  useGetList,
  useListContext,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { ChooseDialog } from './ChooseDialog';

/**
 * Puts the ticked entities in one of the visit groups the «تعاون» centers exchange visits in.
 * Entities already in the group are left as they are.
 */
export default function AddToVisitGroupDialog({ onClose }: { onClose: () => void }) {
  const translate = useTranslate();
  const { selectedIds, onUnselectItems } = useListContext();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  const [group, setGroup] = useState<RaRecord | null>(null);
  const { data: groups = [] } = useGetList('VisitGroup', {
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'nameAr', order: 'ASC' },
  });
  const run = async () => {
    if (!group) return;
    setBusy(true);
    let added = 0;
    let failed = 0;
    try {
      const { data: members } = await dataProvider.getList('VisitGroupMember', {
        filter: { groupId: group.id },
        pagination: { page: 1, perPage: 500 },
        sort: { field: 'id', order: 'ASC' },
      });
      const already = new Set(members.map((member) => String(member.entityId)));
      for (const entityId of selectedIds.filter((id) => !already.has(String(id)))) {
        try {
          await dataProvider.create('VisitGroupMember', { data: { groupId: group.id, entityId } });
          added++;
        } catch {
          failed++;
        }
      }
    } catch {
      notify('ra.notification.http_error', { type: 'error' });
      return;
    } finally {
      setBusy(false);
      onClose();
    }
    notify(failed ? 'mujtama.bulk.added_some' : 'mujtama.bulk.added', {
      type: failed ? 'warning' : 'info',
      messageArgs: { added, failed, group: group.nameAr },
    });
    if (!failed) onUnselectItems();
    refresh();
  };

  return (
    <ChooseDialog
      open
      title={translate('mujtama.bulk.add_to_group')}
      canConfirm={group !== null}
      busy={busy}
      onConfirm={() => void run()}
      onClose={onClose}
    >
      <Autocomplete
        options={groups}
        value={group}
        onChange={(_event, value) => setGroup(value)}
        getOptionLabel={(option) => String(option.nameAr ?? option.id)}
        isOptionEqualToValue={(option, value) => option.id === value.id}
        renderInput={(params) => (
          <TextField {...params} label={translate('resources.VisitGroupMember.fields.groupId')} />
        )}
      />
    </ChooseDialog>
  );
}
