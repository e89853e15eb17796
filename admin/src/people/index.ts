import PeopleIcon from '@mui/icons-material/People';
import { lazyPage } from '../common/lazyPage';
import { byLocalName } from '../common/representation';

export const people = {
  list: lazyPage(() => import('./PersonList'), 'PersonList'),
  show: lazyPage(() => import('./PersonShow'), 'PersonShow'),
  create: lazyPage(() => import('./PersonCreate'), 'PersonCreate'),
  edit: lazyPage(() => import('./PersonEdit'), 'PersonEdit'),
  icon: PeopleIcon,
  recordRepresentation: byLocalName,
};
