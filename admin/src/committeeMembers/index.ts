import HowToRegIcon from '@mui/icons-material/HowToReg';
import { CommitteeRole } from '@mujtama/shared/enums';
import { createElement } from 'react';
import { EnumField } from '../common/EnumField';
import { lazyPage } from '../common/lazyPage';
import { PersonLinkedField } from '../common/PersonLinkedField';

export const committeeMembers = {
  list: lazyPage(() => import('./CommitteeMemberList'), 'CommitteeMemberList'),
  show: lazyPage(() => import('./CommitteeMemberShow'), 'CommitteeMemberShow'),
  create: lazyPage(() => import('./CommitteeMemberCreate'), 'CommitteeMemberCreate'),
  edit: lazyPage(() => import('./CommitteeMemberEdit'), 'CommitteeMemberEdit'),
  icon: HowToRegIcon,
  // A seat reads as the person and their role.
  recordRepresentation: createElement(PersonLinkedField, {
    detail: createElement(EnumField, { source: 'role', enumeration: CommitteeRole }),
  }),
};
