import MoreTimeIcon from '@mui/icons-material/MoreTime';
import { createElement } from 'react';
import { LinkedNamesField } from '../common/LinkedNamesField';
import { lazyPage } from '../common/lazyPage';

export const initiativeVolunteers = {
  list: lazyPage(() => import('./InitiativeVolunteerList'), 'InitiativeVolunteerList'),
  show: lazyPage(() => import('./InitiativeVolunteerShow'), 'InitiativeVolunteerShow'),
  create: lazyPage(() => import('./InitiativeVolunteerCreate'), 'InitiativeVolunteerCreate'),
  edit: lazyPage(() => import('./InitiativeVolunteerEdit'), 'InitiativeVolunteerEdit'),
  icon: MoreTimeIcon,
  recordRepresentation: createElement(LinkedNamesField, {
    links: [
      { source: 'volunteerId', reference: 'Volunteer' },
      { source: 'initiativeId', reference: 'Initiative' },
    ],
  }),
};
