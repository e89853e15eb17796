import BusinessIcon from '@mui/icons-material/Business';
import { lazyPage } from '../common/lazyPage';
import { byLocalName } from '../common/representation';

export const partners = {
  list: lazyPage(() => import('./PartnerList'), 'PartnerList'),
  show: lazyPage(() => import('./PartnerShow'), 'PartnerShow'),
  create: lazyPage(() => import('./PartnerCreate'), 'PartnerCreate'),
  edit: lazyPage(() => import('./PartnerEdit'), 'PartnerEdit'),
  icon: BusinessIcon,
  recordRepresentation: byLocalName,
};
