import EventNoteIcon from '@mui/icons-material/EventNote';
import { lazyPage } from '../common/lazyPage';
import { byDate } from '../common/representation';

export const committeeMeetings = {
  list: lazyPage(() => import('./CommitteeMeetingList'), 'CommitteeMeetingList'),
  show: lazyPage(() => import('./CommitteeMeetingShow'), 'CommitteeMeetingShow'),
  create: lazyPage(() => import('./CommitteeMeetingCreate'), 'CommitteeMeetingCreate'),
  edit: lazyPage(() => import('./CommitteeMeetingEdit'), 'CommitteeMeetingEdit'),
  icon: EventNoteIcon,
  recordRepresentation: byDate('heldOn'),
};
