import DirectionsWalkIcon from '@mui/icons-material/DirectionsWalk';
import { createElement } from 'react';
import { LinkedNamesField } from '../common/LinkedNamesField';
import { lazyPage } from '../common/lazyPage';

export const visitParticipants = {
  list: lazyPage(() => import('./VisitParticipantList'), 'VisitParticipantList'),
  show: lazyPage(() => import('./VisitParticipantShow'), 'VisitParticipantShow'),
  create: lazyPage(() => import('./VisitParticipantCreate'), 'VisitParticipantCreate'),
  edit: lazyPage(() => import('./VisitParticipantEdit'), 'VisitParticipantEdit'),
  icon: DirectionsWalkIcon,
  recordRepresentation: createElement(LinkedNamesField, {
    links: [
      { source: 'entityId', reference: 'AssociationEntity' },
      { source: 'visitId', reference: 'Visit' },
    ],
  }),
};
