import DeleteSweepIcon from '@mui/icons-material/DeleteSweep';
import { ListItemIcon, ListItemText, MenuItem, Tooltip } from '@mui/material';
import { useState } from 'react';
import { Confirm, useNotify, useRefresh, useSidebarState, useTranslate } from 'react-admin';
import { useApiMutation } from '../common/useApiMutation';
import { useGraphQLQuery } from '../reports/useGraphQLQuery';

const MY_ROLE = 'query MyRole { me { role } }';
const DELETE_DEMO_DATA = 'mutation DeleteDemoData { deleteDemoData { total } }';

/**
 * Removes every demo record of both sides for good, once the real records are in; for
 * administrators only, after a confirmation.
 */
export function RemoveDemoDataMenuItem() {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const run = useApiMutation();
  const [sidebarOpen] = useSidebarState();
  const [confirming, setConfirming] = useState(false);
  const [removing, setRemoving] = useState(false);
  const { data } = useGraphQLQuery<{ me: { role: string } | null }>(MY_ROLE);
  if (data?.me?.role !== 'ADMIN') return null;

  const remove = async () => {
    setRemoving(true);
    const result = await run<{ deleteDemoData: { total: number } }>(
      DELETE_DEMO_DATA,
      {},
      { resource: 'DemoData', refusals: { CONFLICT: 'mujtama.demo_data.refused' } },
    );
    setRemoving(false);
    setConfirming(false);
    if (!result) return;
    notify('mujtama.demo_data.removed', {
      type: 'success',
      messageArgs: { count: result.deleteDemoData.total },
    });
    refresh();
  };

  const label = translate('mujtama.demo_data.remove');
  return (
    <>
      <Tooltip title={sidebarOpen ? '' : label} placement="right">
        <MenuItem onClick={() => setConfirming(true)} aria-label={label}>
          <ListItemIcon>
            <DeleteSweepIcon fontSize="small" />
          </ListItemIcon>
          {sidebarOpen ? <ListItemText>{label}</ListItemText> : null}
        </MenuItem>
      </Tooltip>
      <Confirm
        isOpen={confirming}
        loading={removing}
        title="mujtama.demo_data.confirm_title"
        content="mujtama.demo_data.confirm_content"
        confirm="mujtama.demo_data.remove"
        confirmColor="warning"
        onConfirm={remove}
        onClose={() => setConfirming(false)}
      />
    </>
  );
}
