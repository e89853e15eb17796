import HealthAndSafetyIcon from '@mui/icons-material/HealthAndSafety';
import { byField } from '../common/representation';
import { ProgramOfferingCreate } from './ProgramOfferingCreate';
import { ProgramOfferingEdit } from './ProgramOfferingEdit';
import { ProgramOfferingList } from './ProgramOfferingList';
import { ProgramOfferingShow } from './ProgramOfferingShow';

export const programOfferings = {
  list: ProgramOfferingList,
  show: ProgramOfferingShow,
  create: ProgramOfferingCreate,
  edit: ProgramOfferingEdit,
  icon: HealthAndSafetyIcon,
  // The server gives every offering a display title.
  recordRepresentation: byField('nameAr'),
};
