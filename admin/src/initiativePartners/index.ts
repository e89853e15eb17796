import AddBusinessIcon from '@mui/icons-material/AddBusiness';
import { createElement } from 'react';
import { LinkedNamesField } from '../common/LinkedNamesField';
import { lazyPage } from '../common/lazyPage';

export const initiativePartners = {
  list: lazyPage(() => import('./InitiativePartnerList'), 'InitiativePartnerList'),
  show: lazyPage(() => import('./InitiativePartnerShow'), 'InitiativePartnerShow'),
  create: lazyPage(() => import('./InitiativePartnerCreate'), 'InitiativePartnerCreate'),
  edit: lazyPage(() => import('./InitiativePartnerEdit'), 'InitiativePartnerEdit'),
  icon: AddBusinessIcon,
  recordRepresentation: createElement(LinkedNamesField, {
    links: [
      { source: 'partnerId', reference: 'Partner' },
      { source: 'initiativeId', reference: 'Initiative' },
    ],
  }),
};
