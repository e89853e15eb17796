import LocalActivityIcon from '@mui/icons-material/LocalActivity';
import { lazyPage } from '../common/lazyPage';
import { byField } from '../common/representation';

export const activities = {
  list: lazyPage(() => import('./ActivityList'), 'ActivityList'),
  show: lazyPage(() => import('./ActivityShow'), 'ActivityShow'),
  create: lazyPage(() => import('./ActivityCreate'), 'ActivityCreate'),
  edit: lazyPage(() => import('./ActivityEdit'), 'ActivityEdit'),
  icon: LocalActivityIcon,
  recordRepresentation: byField('title'),
};
