import WorkspacesIcon from '@mui/icons-material/Workspaces';
import { createElement } from 'react';
import { LinkedNamesField } from '../common/LinkedNamesField';
import { lazyPage } from '../common/lazyPage';

export const visitGroupMembers = {
  list: lazyPage(() => import('./VisitGroupMemberList'), 'VisitGroupMemberList'),
  show: lazyPage(() => import('./VisitGroupMemberShow'), 'VisitGroupMemberShow'),
  create: lazyPage(() => import('./VisitGroupMemberCreate'), 'VisitGroupMemberCreate'),
  edit: lazyPage(() => import('./VisitGroupMemberEdit'), 'VisitGroupMemberEdit'),
  icon: WorkspacesIcon,
  recordRepresentation: createElement(LinkedNamesField, {
    links: [
      { source: 'entityId', reference: 'AssociationEntity' },
      { source: 'groupId', reference: 'VisitGroup' },
    ],
  }),
};
