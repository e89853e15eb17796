import SchoolIcon from '@mui/icons-material/School';
import { lazyPage } from '../common/lazyPage';
import { byField } from '../common/representation';

export const trainingEvents = {
  list: lazyPage(() => import('./TrainingEventList'), 'TrainingEventList'),
  show: lazyPage(() => import('./TrainingEventShow'), 'TrainingEventShow'),
  create: lazyPage(() => import('./TrainingEventCreate'), 'TrainingEventCreate'),
  edit: lazyPage(() => import('./TrainingEventEdit'), 'TrainingEventEdit'),
  icon: SchoolIcon,
  recordRepresentation: byField('title'),
};
