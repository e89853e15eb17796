import SelfImprovementIcon from '@mui/icons-material/SelfImprovement';
import { createElement } from 'react';
import { lazyPage } from '../common/lazyPage';
import { CoachingEnrollmentRepresentation } from './CoachingEnrollmentRepresentation';

export const coachingEnrollments = {
  list: lazyPage(() => import('./CoachingEnrollmentList'), 'CoachingEnrollmentList'),
  show: lazyPage(() => import('./CoachingEnrollmentShow'), 'CoachingEnrollmentShow'),
  create: lazyPage(() => import('./CoachingEnrollmentCreate'), 'CoachingEnrollmentCreate'),
  edit: lazyPage(() => import('./CoachingEnrollmentEdit'), 'CoachingEnrollmentEdit'),
  icon: SelfImprovementIcon,
  recordRepresentation: createElement(CoachingEnrollmentRepresentation),
};
