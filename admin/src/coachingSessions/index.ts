import EventNoteIcon from '@mui/icons-material/EventNote';
import { lazyPage } from '../common/lazyPage';
import { byDate } from '../common/representation';

export const coachingSessions = {
  list: lazyPage(() => import('./CoachingSessionList'), 'CoachingSessionList'),
  show: lazyPage(() => import('./CoachingSessionShow'), 'CoachingSessionShow'),
  create: lazyPage(() => import('./CoachingSessionCreate'), 'CoachingSessionCreate'),
  edit: lazyPage(() => import('./CoachingSessionEdit'), 'CoachingSessionEdit'),
  icon: EventNoteIcon,
  recordRepresentation: byDate('heldOn'),
};
