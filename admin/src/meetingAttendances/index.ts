import HowToRegIcon from '@mui/icons-material/HowToReg';
import { createElement } from 'react';
import { MeetingAttendanceCreate } from './MeetingAttendanceCreate';
import { MeetingAttendanceEdit } from './MeetingAttendanceEdit';
import { MeetingAttendanceList } from './MeetingAttendanceList';
import { MeetingAttendanceRepresentation } from './MeetingAttendanceRepresentation';
import { MeetingAttendanceShow } from './MeetingAttendanceShow';

export const meetingAttendances = {
  list: MeetingAttendanceList,
  show: MeetingAttendanceShow,
  create: MeetingAttendanceCreate,
  edit: MeetingAttendanceEdit,
  icon: HowToRegIcon,
  recordRepresentation: createElement(MeetingAttendanceRepresentation),
};
