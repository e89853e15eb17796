import type { RaThemeOptions } from 'react-admin';
import { BulkActions } from '../bulk/BulkActions';
import { ListActions } from '../csv/ListActions';
import { ListEmpty } from '../trash/ListEmpty';
import { TrashAwareBody, TrashAwareHead } from '../trash/TrashColumn';

/**
 * What every list offers unless it says otherwise, given through the theme so each resource's list
 * gets it without repeating it: CSV export and import and the trash in the toolbar, bulk actions on
 * ticked rows, a restore button on each row of the trash, and the trash still within reach when no
 * record is in use.
 */
export const listDefaults: NonNullable<RaThemeOptions['components']> = {
  RaList: { defaultProps: { actions: <ListActions />, empty: <ListEmpty /> } },
  RaDataTable: {
    defaultProps: { bulkActionButtons: <BulkActions />, head: TrashAwareHead, body: TrashAwareBody },
  },
};
