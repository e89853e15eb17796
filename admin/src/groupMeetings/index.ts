import ForumIcon from '@mui/icons-material/Forum';
import { byField } from '../common/representation';
import { GroupMeetingCreate } from './GroupMeetingCreate';
import { GroupMeetingEdit } from './GroupMeetingEdit';
import { GroupMeetingList } from './GroupMeetingList';
import { GroupMeetingShow } from './GroupMeetingShow';

export const groupMeetings = {
  list: GroupMeetingList,
  show: GroupMeetingShow,
  create: GroupMeetingCreate,
  edit: GroupMeetingEdit,
  icon: ForumIcon,
  recordRepresentation: byField('topic'),
};
