import { Box } from '@mui/material';
import { Empty } from 'react-admin';
import { TrashToggle } from './TrashToggle';

/** A list with no record in use: react-admin's invitation to create one, and the way to the trash. */
export function ListEmpty() {
  return (
    <>
      <Empty />
      <Box textAlign="center" mt={1}>
        <TrashToggle />
      </Box>
    </>
  );
}
