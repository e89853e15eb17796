import ForumIcon from '@mui/icons-material/Forum';
import { lazyPage } from '../common/lazyPage';
import { byField } from '../common/representation';

export const groupMeetings = {
  list: lazyPage(() => import('./GroupMeetingList'), 'GroupMeetingList'),
  show: lazyPage(() => import('./GroupMeetingShow'), 'GroupMeetingShow'),
  create: lazyPage(() => import('./GroupMeetingCreate'), 'GroupMeetingCreate'),
  edit: lazyPage(() => import('./GroupMeetingEdit'), 'GroupMeetingEdit'),
  icon: ForumIcon,
  recordRepresentation: byField('topic'),
};
