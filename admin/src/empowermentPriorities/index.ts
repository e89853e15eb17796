import FlagIcon from '@mui/icons-material/Flag';
import { byField } from '../common/representation';
import { EmpowermentPriorityCreate } from './EmpowermentPriorityCreate';
import { EmpowermentPriorityEdit } from './EmpowermentPriorityEdit';
import { EmpowermentPriorityList } from './EmpowermentPriorityList';
import { EmpowermentPriorityShow } from './EmpowermentPriorityShow';

export const empowermentPriorities = {
  list: EmpowermentPriorityList,
  show: EmpowermentPriorityShow,
  create: EmpowermentPriorityCreate,
  edit: EmpowermentPriorityEdit,
  icon: FlagIcon,
  recordRepresentation: byField('title'),
};
