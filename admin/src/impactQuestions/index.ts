import QuizIcon from '@mui/icons-material/Quiz';
import { lazyPage } from '../common/lazyPage';
import { byField } from '../common/representation';

export const impactQuestions = {
  list: lazyPage(() => import('./ImpactQuestionList'), 'ImpactQuestionList'),
  show: lazyPage(() => import('./ImpactQuestionShow'), 'ImpactQuestionShow'),
  create: lazyPage(() => import('./ImpactQuestionCreate'), 'ImpactQuestionCreate'),
  edit: lazyPage(() => import('./ImpactQuestionEdit'), 'ImpactQuestionEdit'),
  icon: QuizIcon,
  recordRepresentation: byField('prompt'),
};
