import FactCheckIcon from '@mui/icons-material/FactCheck';
import { createElement } from 'react';
import { HijriDateField } from '../common/HijriDateField';
import { LinkedNamesField } from '../common/LinkedNamesField';
import { lazyPage } from '../common/lazyPage';

export const formResponses = {
  list: lazyPage(() => import('./FormResponseList'), 'FormResponseList'),
  show: lazyPage(() => import('./FormResponseShow'), 'FormResponseShow'),
  create: lazyPage(() => import('./FormResponseCreate'), 'FormResponseCreate'),
  edit: lazyPage(() => import('./FormResponseEdit'), 'FormResponseEdit'),
  icon: FactCheckIcon,
  // A response reads as its form and the day it was filled.
  recordRepresentation: createElement(LinkedNamesField, {
    links: [{ source: 'formId', reference: 'ImpactForm' }],
    detail: createElement(HijriDateField, { source: 'submittedOn' }),
  }),
};
