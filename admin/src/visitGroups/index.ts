import HubIcon from '@mui/icons-material/Hub';
import { lazyPage } from '../common/lazyPage';
import { byField } from '../common/representation';

export const visitGroups = {
  list: lazyPage(() => import('./VisitGroupList'), 'VisitGroupList'),
  show: lazyPage(() => import('./VisitGroupShow'), 'VisitGroupShow'),
  create: lazyPage(() => import('./VisitGroupCreate'), 'VisitGroupCreate'),
  edit: lazyPage(() => import('./VisitGroupEdit'), 'VisitGroupEdit'),
  icon: HubIcon,
  recordRepresentation: byField('nameAr'),
};
