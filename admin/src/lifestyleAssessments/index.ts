import MonitorHeartIcon from '@mui/icons-material/MonitorHeart';
import { lazyPage } from '../common/lazyPage';
import { byDate } from '../common/representation';

export const lifestyleAssessments = {
  list: lazyPage(() => import('./LifestyleAssessmentList'), 'LifestyleAssessmentList'),
  show: lazyPage(() => import('./LifestyleAssessmentShow'), 'LifestyleAssessmentShow'),
  create: lazyPage(() => import('./LifestyleAssessmentCreate'), 'LifestyleAssessmentCreate'),
  edit: lazyPage(() => import('./LifestyleAssessmentEdit'), 'LifestyleAssessmentEdit'),
  icon: MonitorHeartIcon,
  recordRepresentation: byDate('assessedOn'),
};
