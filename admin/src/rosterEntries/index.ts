import BadgeIcon from '@mui/icons-material/Badge';
import { createElement } from 'react';
import { RosterEntryCreate } from './RosterEntryCreate';
import { RosterEntryEdit } from './RosterEntryEdit';
import { RosterEntryList } from './RosterEntryList';
import { RosterEntryRepresentation } from './RosterEntryRepresentation';
import { RosterEntryShow } from './RosterEntryShow';

export const rosterEntries = {
  list: RosterEntryList,
  show: RosterEntryShow,
  create: RosterEntryCreate,
  edit: RosterEntryEdit,
  icon: BadgeIcon,
  recordRepresentation: createElement(RosterEntryRepresentation),
};
