import {
  type Identifier,
  useCanAccess,
  useNotify,
  useRefresh,
  useResourceContext,
  useUpdateMany,
} from 'react-admin';
import { RESTORE_META } from '../graphql/meta';

/** Whether a list shows the trash rather than the records in use. */
export const isTrashView = (filterValues: Readonly<Record<string, unknown>> | undefined) =>
  filterValues?.trashed === true;

/**
 * Takes records of the current resource back out of the trash, for those who may delete them; then
 * says so and reads every page afresh, so the records leave the trash and are back in their lists.
 */
export function useRestore() {
  const resource = useResourceContext();
  const { canAccess } = useCanAccess({ resource, action: 'delete' });
  const [updateMany, { isPending }] = useUpdateMany();
  const notify = useNotify();
  const refresh = useRefresh();
  const restore = (ids: Identifier[], onRestored?: () => void) =>
    updateMany(
      resource,
      { ids, data: {}, meta: RESTORE_META },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          notify('mujtama.trash.restored', { type: 'success', messageArgs: { count: ids.length } });
          onRestored?.();
          refresh();
        },
        onError: (error) =>
          notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' }),
      },
    );
  return { canRestore: canAccess === true, restore, isPending };
}
