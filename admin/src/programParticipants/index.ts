import GroupAddIcon from '@mui/icons-material/GroupAdd';
import { createElement } from 'react';
import { LinkedNamesField } from '../common/LinkedNamesField';
import { lazyPage } from '../common/lazyPage';

export const programParticipants = {
  list: lazyPage(() => import('./ProgramParticipantList'), 'ProgramParticipantList'),
  show: lazyPage(() => import('./ProgramParticipantShow'), 'ProgramParticipantShow'),
  create: lazyPage(() => import('./ProgramParticipantCreate'), 'ProgramParticipantCreate'),
  edit: lazyPage(() => import('./ProgramParticipantEdit'), 'ProgramParticipantEdit'),
  icon: GroupAddIcon,
  recordRepresentation: createElement(LinkedNamesField, {
    links: [
      { source: 'entityId', reference: 'AssociationEntity' },
      { source: 'programId', reference: 'AssociationProgram' },
    ],
  }),
};
