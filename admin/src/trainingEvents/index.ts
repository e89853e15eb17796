import SchoolIcon from '@mui/icons-material/School';
import { byField } from '../common/representation';
import { TrainingEventCreate } from './TrainingEventCreate';
import { TrainingEventEdit } from './TrainingEventEdit';
import { TrainingEventList } from './TrainingEventList';
import { TrainingEventShow } from './TrainingEventShow';

export const trainingEvents = {
  list: TrainingEventList,
  show: TrainingEventShow,
  create: TrainingEventCreate,
  edit: TrainingEventEdit,
  icon: SchoolIcon,
  recordRepresentation: byField('title'),
};
