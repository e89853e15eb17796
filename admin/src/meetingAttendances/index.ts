import HowToRegIcon from '@mui/icons-material/HowToReg';
import { createElement } from 'react';
import { lazyPage } from '../common/lazyPage';
import { MeetingAttendanceRepresentation } from './MeetingAttendanceRepresentation';

export const meetingAttendances = {
  list: lazyPage(() => import('./MeetingAttendanceList'), 'MeetingAttendanceList'),
  show: lazyPage(() => import('./MeetingAttendanceShow'), 'MeetingAttendanceShow'),
  create: lazyPage(() => import('./MeetingAttendanceCreate'), 'MeetingAttendanceCreate'),
  edit: lazyPage(() => import('./MeetingAttendanceEdit'), 'MeetingAttendanceEdit'),
  icon: HowToRegIcon,
  recordRepresentation: createElement(MeetingAttendanceRepresentation),
};
