import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { lazyPage } from '../common/lazyPage';
import { byLocalName } from '../common/representation';

export const associationUnits = {
  list: lazyPage(() => import('./AssociationUnitList'), 'AssociationUnitList'),
  show: lazyPage(() => import('./AssociationUnitShow'), 'AssociationUnitShow'),
  create: lazyPage(() => import('./AssociationUnitCreate'), 'AssociationUnitCreate'),
  edit: lazyPage(() => import('./AssociationUnitEdit'), 'AssociationUnitEdit'),
  icon: AccountTreeIcon,
  recordRepresentation: byLocalName,
};
