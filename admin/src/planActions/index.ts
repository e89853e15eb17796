import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { lazyPage } from '../common/lazyPage';
import { byField } from '../common/representation';

export const planActions = {
  list: lazyPage(() => import('./PlanActionList'), 'PlanActionList'),
  show: lazyPage(() => import('./PlanActionShow'), 'PlanActionShow'),
  create: lazyPage(() => import('./PlanActionCreate'), 'PlanActionCreate'),
  edit: lazyPage(() => import('./PlanActionEdit'), 'PlanActionEdit'),
  icon: TaskAltIcon,
  recordRepresentation: byField('description'),
};
