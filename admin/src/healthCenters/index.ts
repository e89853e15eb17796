import LocalHospitalIcon from '@mui/icons-material/LocalHospital';
import { lazyPage } from '../common/lazyPage';
import { byLocalName } from '../common/representation';

export const healthCenters = {
  list: lazyPage(() => import('./HealthCenterList'), 'HealthCenterList'),
  show: lazyPage(() => import('./HealthCenterShow'), 'HealthCenterShow'),
  create: lazyPage(() => import('./HealthCenterCreate'), 'HealthCenterCreate'),
  edit: lazyPage(() => import('./HealthCenterEdit'), 'HealthCenterEdit'),
  icon: LocalHospitalIcon,
  recordRepresentation: byLocalName,
};
