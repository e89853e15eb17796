import ManageSearchIcon from '@mui/icons-material/ManageSearch';
import { lazyPage } from '../common/lazyPage';

/** The audit log is only read: a list, and each record's history on its own page. */
export const auditEntries = {
  list: lazyPage(() => import('./AuditEntryList'), 'AuditEntryList'),
  icon: ManageSearchIcon,
};
