import { Typography } from '@mui/material';
import type { ResourceType } from '@mujtama/shared/resources';
import { Fragment, type ReactNode } from 'react';
import { ReferenceField } from 'react-admin';

export interface Link {
  source: string;
  reference: ResourceType;
}

/**
 * A record without a name of its own, read as the names of the records it links and a detail,
 * e.g. «مركز حي الزاهر — تعاون».
 */
export function LinkedNamesField({ links, detail }: { links: readonly Link[]; detail?: ReactNode }) {
  return (
    <Typography component="span" variant="body2">
      {links.map(({ source, reference }, index) => (
        <Fragment key={source}>
          {index > 0 ? ' — ' : null}
          <ReferenceField source={source} reference={reference} link={false} />
        </Fragment>
      ))}
      {detail ? ' — ' : null}
      {detail}
    </Typography>
  );
}
