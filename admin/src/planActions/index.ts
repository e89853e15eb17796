import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { byField } from '../common/representation';
import { PlanActionCreate } from './PlanActionCreate';
import { PlanActionEdit } from './PlanActionEdit';
import { PlanActionList } from './PlanActionList';
import { PlanActionShow } from './PlanActionShow';

export const planActions = {
  list: PlanActionList,
  show: PlanActionShow,
  create: PlanActionCreate,
  edit: PlanActionEdit,
  icon: TaskAltIcon,
  recordRepresentation: byField('description'),
};
