import LocalHospitalIcon from '@mui/icons-material/LocalHospital';
import { byLocalName } from '../common/representation';
import { HealthCenterCreate } from './HealthCenterCreate';
import { HealthCenterEdit } from './HealthCenterEdit';
import { HealthCenterList } from './HealthCenterList';
import { HealthCenterShow } from './HealthCenterShow';

export const healthCenters = {
  list: HealthCenterList,
  show: HealthCenterShow,
  create: HealthCenterCreate,
  edit: HealthCenterEdit,
  icon: LocalHospitalIcon,
  recordRepresentation: byLocalName,
};
