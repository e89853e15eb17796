import { Box, Divider, Stack, Typography } from '@mui/material';
import type { ResourceType } from '@mujtama/shared/resources';
import type { ReactNode } from 'react';
import {
  Pagination,
  ReferenceManyField,
  type SortPayload,
  useGetResourceLabel,
  useTranslate,
} from 'react-admin';

interface RelatedRecordsProps {
  reference: ResourceType;
  /** The foreign key on `reference` that points at the shown record. */
  target: string;
  /** A translation key; the plural name of `reference` by default. */
  title?: string;
  sort?: SortPayload;
  /** Buttons beside the title, e.g. to add a record. */
  actions?: ReactNode;
  /** Shown when there are none. */
  empty?: string;
  /** Records per page; 10 by default. */
  perPage?: number;
  children: ReactNode;
}

/** A section of a show page listing the records that point at the shown one. */
export function RelatedRecords({
  reference,
  target,
  title,
  sort,
  actions,
  empty,
  perPage = 10,
  children,
}: RelatedRecordsProps) {
  const translate = useTranslate();
  const resourceLabel = useGetResourceLabel();
  const heading = title ? translate(title) : resourceLabel(reference, 2);
  return (
    <Box component="section" aria-label={heading} sx={{ px: 2, pb: 2 }}>
      <Divider sx={{ mb: 2 }} />
      <Stack direction="row" alignItems="center" justifyContent="space-between" gap={2} mb={1}>
        <Typography variant="h6" component="h2">
          {heading}
        </Typography>
        {actions}
      </Stack>
      <ReferenceManyField
        reference={reference}
        target={target}
        sort={sort}
        perPage={perPage}
        pagination={<Pagination rowsPerPageOptions={[10, 25, 50]} />}
        empty={
          <Typography variant="body2" color="text.secondary">
            {translate(empty ?? 'ra.navigation.no_results', { name: resourceLabel(reference, 2) })}
          </Typography>
        }
      >
        {children}
      </ReferenceManyField>
    </Box>
  );
}
