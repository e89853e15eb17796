import HealthAndSafetyIcon from '@mui/icons-material/HealthAndSafety';
import { lazyPage } from '../common/lazyPage';
import { byField } from '../common/representation';

export const programOfferings = {
  list: lazyPage(() => import('./ProgramOfferingList'), 'ProgramOfferingList'),
  show: lazyPage(() => import('./ProgramOfferingShow'), 'ProgramOfferingShow'),
  create: lazyPage(() => import('./ProgramOfferingCreate'), 'ProgramOfferingCreate'),
  edit: lazyPage(() => import('./ProgramOfferingEdit'), 'ProgramOfferingEdit'),
  icon: HealthAndSafetyIcon,
  // The server gives every offering a display title.
  recordRepresentation: byField('nameAr'),
};
