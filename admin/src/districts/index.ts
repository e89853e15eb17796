import LocationCityIcon from '@mui/icons-material/LocationCity';
import { lazyPage } from '../common/lazyPage';
import { byLocalName } from '../common/representation';

export const districts = {
  list: lazyPage(() => import('./DistrictList'), 'DistrictList'),
  show: lazyPage(() => import('./DistrictShow'), 'DistrictShow'),
  create: lazyPage(() => import('./DistrictCreate'), 'DistrictCreate'),
  edit: lazyPage(() => import('./DistrictEdit'), 'DistrictEdit'),
  icon: LocationCityIcon,
  recordRepresentation: byLocalName,
};
