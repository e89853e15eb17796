import PollIcon from '@mui/icons-material/Poll';
import { lazyPage } from '../common/lazyPage';
import { byField } from '../common/representation';

export const impactForms = {
  list: lazyPage(() => import('./ImpactFormList'), 'ImpactFormList'),
  show: lazyPage(() => import('./ImpactFormShow'), 'ImpactFormShow'),
  create: lazyPage(() => import('./ImpactFormCreate'), 'ImpactFormCreate'),
  edit: lazyPage(() => import('./ImpactFormEdit'), 'ImpactFormEdit'),
  icon: PollIcon,
  recordRepresentation: byField('title'),
};
