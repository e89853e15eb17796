import LightbulbIcon from '@mui/icons-material/Lightbulb';
import { lazyPage } from '../common/lazyPage';
import { byField } from '../common/representation';

export const initiatives = {
  list: lazyPage(() => import('./InitiativeList'), 'InitiativeList'),
  show: lazyPage(() => import('./InitiativeShow'), 'InitiativeShow'),
  create: lazyPage(() => import('./InitiativeCreate'), 'InitiativeCreate'),
  edit: lazyPage(() => import('./InitiativeEdit'), 'InitiativeEdit'),
  icon: LightbulbIcon,
  recordRepresentation: byField('title'),
};
