import HandshakeIcon from '@mui/icons-material/Handshake';
import { lazyPage } from '../common/lazyPage';
import { byLocalName } from '../common/representation';

export const associationPrograms = {
  list: lazyPage(() => import('./AssociationProgramList'), 'AssociationProgramList'),
  show: lazyPage(() => import('./AssociationProgramShow'), 'AssociationProgramShow'),
  create: lazyPage(() => import('./AssociationProgramCreate'), 'AssociationProgramCreate'),
  edit: lazyPage(() => import('./AssociationProgramEdit'), 'AssociationProgramEdit'),
  icon: HandshakeIcon,
  recordRepresentation: byLocalName,
};
