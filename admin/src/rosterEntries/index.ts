import BadgeIcon from '@mui/icons-material/Badge';
import { createElement } from 'react';
import { lazyPage } from '../common/lazyPage';
import { RosterEntryRepresentation } from './RosterEntryRepresentation';

export const rosterEntries = {
  list: lazyPage(() => import('./RosterEntryList'), 'RosterEntryList'),
  show: lazyPage(() => import('./RosterEntryShow'), 'RosterEntryShow'),
  create: lazyPage(() => import('./RosterEntryCreate'), 'RosterEntryCreate'),
  edit: lazyPage(() => import('./RosterEntryEdit'), 'RosterEntryEdit'),
  icon: BadgeIcon,
  recordRepresentation: createElement(RosterEntryRepresentation),
};
