import GroupsIcon from '@mui/icons-material/Groups';
import { lazyPage } from '../common/lazyPage';
import { byField } from '../common/representation';

export const committees = {
  list: lazyPage(() => import('./CommitteeList'), 'CommitteeList'),
  show: lazyPage(() => import('./CommitteeShow'), 'CommitteeShow'),
  create: lazyPage(() => import('./CommitteeCreate'), 'CommitteeCreate'),
  edit: lazyPage(() => import('./CommitteeEdit'), 'CommitteeEdit'),
  icon: GroupsIcon,
  recordRepresentation: byField('nameAr'),
};
