import VolunteerActivismIcon from '@mui/icons-material/VolunteerActivism';
import { createElement } from 'react';
import { lazyPage } from '../common/lazyPage';
import { PersonLinkedField } from '../common/PersonLinkedField';

export const volunteers = {
  list: lazyPage(() => import('./VolunteerList'), 'VolunteerList'),
  show: lazyPage(() => import('./VolunteerShow'), 'VolunteerShow'),
  create: lazyPage(() => import('./VolunteerCreate'), 'VolunteerCreate'),
  edit: lazyPage(() => import('./VolunteerEdit'), 'VolunteerEdit'),
  icon: VolunteerActivismIcon,
  // A volunteer is the person volunteering.
  recordRepresentation: createElement(PersonLinkedField),
};
