import ApartmentIcon from '@mui/icons-material/Apartment';
import { lazyPage } from '../common/lazyPage';
import { byLocalName } from '../common/representation';

export const associationEntities = {
  list: lazyPage(() => import('./AssociationEntityList'), 'AssociationEntityList'),
  show: lazyPage(() => import('./AssociationEntityShow'), 'AssociationEntityShow'),
  create: lazyPage(() => import('./AssociationEntityCreate'), 'AssociationEntityCreate'),
  edit: lazyPage(() => import('./AssociationEntityEdit'), 'AssociationEntityEdit'),
  icon: ApartmentIcon,
  recordRepresentation: byLocalName,
};
