import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import { createElement } from 'react';
import { TrainingAttendanceCreate } from './TrainingAttendanceCreate';
import { TrainingAttendanceEdit } from './TrainingAttendanceEdit';
import { TrainingAttendanceList } from './TrainingAttendanceList';
import { TrainingAttendanceRepresentation } from './TrainingAttendanceRepresentation';
import { TrainingAttendanceShow } from './TrainingAttendanceShow';

export const trainingAttendances = {
  list: TrainingAttendanceList,
  show: TrainingAttendanceShow,
  create: TrainingAttendanceCreate,
  edit: TrainingAttendanceEdit,
  icon: AssignmentIndIcon,
  recordRepresentation: createElement(TrainingAttendanceRepresentation),
};
