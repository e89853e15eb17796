import Diversity3Icon from '@mui/icons-material/Diversity3';
import { createElement } from 'react';
import { LinkedNamesField } from '../common/LinkedNamesField';
import { lazyPage } from '../common/lazyPage';

export const volunteerTeamMembers = {
  list: lazyPage(() => import('./VolunteerTeamMemberList'), 'VolunteerTeamMemberList'),
  show: lazyPage(() => import('./VolunteerTeamMemberShow'), 'VolunteerTeamMemberShow'),
  create: lazyPage(() => import('./VolunteerTeamMemberCreate'), 'VolunteerTeamMemberCreate'),
  edit: lazyPage(() => import('./VolunteerTeamMemberEdit'), 'VolunteerTeamMemberEdit'),
  icon: Diversity3Icon,
  recordRepresentation: createElement(LinkedNamesField, {
    links: [
      { source: 'volunteerId', reference: 'Volunteer' },
      { source: 'teamId', reference: 'AssociationEntity' },
    ],
  }),
};
