import ChecklistIcon from '@mui/icons-material/Checklist';
import { lazyPage } from '../common/lazyPage';
import { byField } from '../common/representation';

export const actionPlans = {
  list: lazyPage(() => import('./ActionPlanList'), 'ActionPlanList'),
  show: lazyPage(() => import('./ActionPlanShow'), 'ActionPlanShow'),
  create: lazyPage(() => import('./ActionPlanCreate'), 'ActionPlanCreate'),
  edit: lazyPage(() => import('./ActionPlanEdit'), 'ActionPlanEdit'),
  icon: ChecklistIcon,
  recordRepresentation: byField('title'),
};
