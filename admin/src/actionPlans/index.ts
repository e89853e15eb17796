import ChecklistIcon from '@mui/icons-material/Checklist';
import { byField } from '../common/representation';
import { ActionPlanCreate } from './ActionPlanCreate';
import { ActionPlanEdit } from './ActionPlanEdit';
import { ActionPlanList } from './ActionPlanList';
import { ActionPlanShow } from './ActionPlanShow';

export const actionPlans = {
  list: ActionPlanList,
  show: ActionPlanShow,
  create: ActionPlanCreate,
  edit: ActionPlanEdit,
  icon: ChecklistIcon,
  recordRepresentation: byField('title'),
};
