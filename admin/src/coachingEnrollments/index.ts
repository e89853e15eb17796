import SelfImprovementIcon from '@mui/icons-material/SelfImprovement';
import { createElement } from 'react';
import { CoachingEnrollmentCreate } from './CoachingEnrollmentCreate';
import { CoachingEnrollmentEdit } from './CoachingEnrollmentEdit';
import { CoachingEnrollmentList } from './CoachingEnrollmentList';
import { CoachingEnrollmentRepresentation } from './CoachingEnrollmentRepresentation';
import { CoachingEnrollmentShow } from './CoachingEnrollmentShow';

export const coachingEnrollments = {
  list: CoachingEnrollmentList,
  show: CoachingEnrollmentShow,
  create: CoachingEnrollmentCreate,
  edit: CoachingEnrollmentEdit,
  icon: SelfImprovementIcon,
  recordRepresentation: createElement(CoachingEnrollmentRepresentation),
};
