import { Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { ReferenceField } from 'react-admin';

/** A record named by the person it concerns, then a detail: the representation of roster entries and the like. */
export function PersonLinkedField({ detail }: { detail?: ReactNode }) {
  return (
    <Typography component="span" variant="body2">
      <ReferenceField source="personId" reference="Person" link={false} />
      {detail ? ' — ' : null}
      {detail}
    </Typography>
  );
}
