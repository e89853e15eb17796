import LocationCityIcon from '@mui/icons-material/LocationCity';
import { byLocalName } from '../common/representation';
import { DistrictCreate } from './DistrictCreate';
import { DistrictEdit } from './DistrictEdit';
import { DistrictList } from './DistrictList';
import { DistrictShow } from './DistrictShow';

export const districts = {
  list: DistrictList,
  show: DistrictShow,
  create: DistrictCreate,
  edit: DistrictEdit,
  icon: LocationCityIcon,
  recordRepresentation: byLocalName,
};
