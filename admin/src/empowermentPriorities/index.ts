import FlagIcon from '@mui/icons-material/Flag';
import { lazyPage } from '../common/lazyPage';
import { byField } from '../common/representation';

export const empowermentPriorities = {
  list: lazyPage(() => import('./EmpowermentPriorityList'), 'EmpowermentPriorityList'),
  show: lazyPage(() => import('./EmpowermentPriorityShow'), 'EmpowermentPriorityShow'),
  create: lazyPage(() => import('./EmpowermentPriorityCreate'), 'EmpowermentPriorityCreate'),
  edit: lazyPage(() => import('./EmpowermentPriorityEdit'), 'EmpowermentPriorityEdit'),
  icon: FlagIcon,
  recordRepresentation: byField('title'),
};
