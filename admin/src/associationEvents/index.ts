import CelebrationIcon from '@mui/icons-material/Celebration';
import { lazyPage } from '../common/lazyPage';
import { byLocalName } from '../common/representation';

export const associationEvents = {
  list: lazyPage(() => import('./AssociationEventList'), 'AssociationEventList'),
  show: lazyPage(() => import('./AssociationEventShow'), 'AssociationEventShow'),
  create: lazyPage(() => import('./AssociationEventCreate'), 'AssociationEventCreate'),
  edit: lazyPage(() => import('./AssociationEventEdit'), 'AssociationEventEdit'),
  icon: CelebrationIcon,
  recordRepresentation: byLocalName,
};
