import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import { createElement } from 'react';
import { lazyPage } from '../common/lazyPage';
import { TrainingAttendanceRepresentation } from './TrainingAttendanceRepresentation';

export const trainingAttendances = {
  list: lazyPage(() => import('./TrainingAttendanceList'), 'TrainingAttendanceList'),
  show: lazyPage(() => import('./TrainingAttendanceShow'), 'TrainingAttendanceShow'),
  create: lazyPage(() => import('./TrainingAttendanceCreate'), 'TrainingAttendanceCreate'),
  edit: lazyPage(() => import('./TrainingAttendanceEdit'), 'TrainingAttendanceEdit'),
  icon: AssignmentIndIcon,
  recordRepresentation: createElement(TrainingAttendanceRepresentation),
};
