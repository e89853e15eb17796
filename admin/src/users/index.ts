import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import { lazyPage } from '../common/lazyPage';
import { byField } from '../common/representation';

export const users = {
  list: lazyPage(() => import('./UserList'), 'UserList'),
  show: lazyPage(() => import('./UserShow'), 'UserShow'),
  create: lazyPage(() => import('./UserCreate'), 'UserCreate'),
  edit: lazyPage(() => import('./UserEdit'), 'UserEdit'),
  icon: ManageAccountsIcon,
  recordRepresentation: byField('displayName'),
};
