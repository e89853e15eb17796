import type { RaThemeOptions } from 'react-admin';
import { BulkActions } from '../bulk/BulkActions';
import { ListActions } from '../csv/ListActions';

/**
 * What every list offers unless it says otherwise, given through the theme so each resource's list
 * gets it without repeating it: CSV export and import in the toolbar, bulk actions on ticked rows.
 */
export const listDefaults: NonNullable<RaThemeOptions['components']> = {
  RaList: { defaultProps: { actions: <ListActions /> } },
  RaDataTable: { defaultProps: { bulkActionButtons: <BulkActions /> } },
};
