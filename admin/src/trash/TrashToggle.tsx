import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import { Button, useCanAccess, useListContext, useResourceContext } from 'react-admin';
import { isTrashView } from './useRestore';

/** Switches a list between the records in use and the trash, for those who may delete them. */
export function TrashToggle() {
  const resource = useResourceContext();
  const { canAccess } = useCanAccess({ resource, action: 'delete' });
  const { filterValues, displayedFilters, setFilters } = useListContext();
  if (!canAccess) return null;
  const trashed = isTrashView(filterValues);
  const toggle = () => {
    const { trashed: _, ...others } = filterValues;
    setFilters(trashed ? others : { ...others, trashed: true }, displayedFilters);
  };
  return (
    <Button
      label={trashed ? 'mujtama.trash.leave' : 'mujtama.trash.show'}
      variant={trashed ? 'contained' : 'text'}
      onClick={toggle}
    >
      {trashed ? <ArrowBackIcon /> : <DeleteOutlineIcon />}
    </Button>
  );
}
