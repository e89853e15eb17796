import EventNoteIcon from '@mui/icons-material/EventNote';
import { byDate } from '../common/representation';
import { CoachingSessionCreate } from './CoachingSessionCreate';
import { CoachingSessionEdit } from './CoachingSessionEdit';
import { CoachingSessionList } from './CoachingSessionList';
import { CoachingSessionShow } from './CoachingSessionShow';

export const coachingSessions = {
  list: CoachingSessionList,
  show: CoachingSessionShow,
  create: CoachingSessionCreate,
  edit: CoachingSessionEdit,
  icon: EventNoteIcon,
  recordRepresentation: byDate('heldOn'),
};
