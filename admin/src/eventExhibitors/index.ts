import StorefrontIcon from '@mui/icons-material/Storefront';
import { createElement } from 'react';
import { LinkedNamesField } from '../common/LinkedNamesField';
import { lazyPage } from '../common/lazyPage';

export const eventExhibitors = {
  list: lazyPage(() => import('./EventExhibitorList'), 'EventExhibitorList'),
  show: lazyPage(() => import('./EventExhibitorShow'), 'EventExhibitorShow'),
  create: lazyPage(() => import('./EventExhibitorCreate'), 'EventExhibitorCreate'),
  edit: lazyPage(() => import('./EventExhibitorEdit'), 'EventExhibitorEdit'),
  icon: StorefrontIcon,
  recordRepresentation: createElement(LinkedNamesField, {
    links: [
      { source: 'entityId', reference: 'AssociationEntity' },
      { source: 'eventId', reference: 'AssociationEvent' },
    ],
  }),
};
