import TourIcon from '@mui/icons-material/Tour';
import { createElement } from 'react';
import { lazyPage } from '../common/lazyPage';
import { VisitRepresentation } from './VisitRepresentation';

export const visits = {
  list: lazyPage(() => import('./VisitList'), 'VisitList'),
  show: lazyPage(() => import('./VisitShow'), 'VisitShow'),
  create: lazyPage(() => import('./VisitCreate'), 'VisitCreate'),
  edit: lazyPage(() => import('./VisitEdit'), 'VisitEdit'),
  icon: TourIcon,
  recordRepresentation: createElement(VisitRepresentation),
};
