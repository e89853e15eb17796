import PeopleIcon from '@mui/icons-material/People';
import { byLocalName } from '../common/representation';
import { PersonCreate } from './PersonCreate';
import { PersonEdit } from './PersonEdit';
import { PersonList } from './PersonList';
import { PersonShow } from './PersonShow';

export const people = {
  list: PersonList,
  show: PersonShow,
  create: PersonCreate,
  edit: PersonEdit,
  icon: PeopleIcon,
  recordRepresentation: byLocalName,
};
