import MonitorHeartIcon from '@mui/icons-material/MonitorHeart';
import { byDate } from '../common/representation';
import { LifestyleAssessmentCreate } from './LifestyleAssessmentCreate';
import { LifestyleAssessmentEdit } from './LifestyleAssessmentEdit';
import { LifestyleAssessmentList } from './LifestyleAssessmentList';
import { LifestyleAssessmentShow } from './LifestyleAssessmentShow';

export const lifestyleAssessments = {
  list: LifestyleAssessmentList,
  show: LifestyleAssessmentShow,
  create: LifestyleAssessmentCreate,
  edit: LifestyleAssessmentEdit,
  icon: MonitorHeartIcon,
  recordRepresentation: byDate('assessedOn'),
};
