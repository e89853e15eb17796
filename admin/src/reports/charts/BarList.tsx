import { Box, Link, Stack, Tooltip, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-admin';
import { useFormatNumber } from '../../common/digits';
import { listSeparator } from '../../common/text';
import { useAppLocale } from '../../common/useAppLocale';
import { Legend } from './Legend';
import { type Series, totalOf } from './series';

export interface BarRow {
  key: string;
  label: string;
  /** Series key → value. */
  values: Readonly<Record<string, number>>;
  /** Where the row leads, e.g. the list filtered to it. */
  to?: string;
}

/**
 * Horizontal bars, stacked by series, growing from the start of the line (the right in Arabic):
 * each row names its total, and each part says what it counts on hover and to screen readers.
 */
export function BarList({ rows, series }: { rows: readonly BarRow[]; series: readonly Series[] }) {
  const format = useFormatNumber();
  const separator = listSeparator(useAppLocale());
  const largest = Math.max(1, ...rows.map((row) => totalOf(row.values)));
  const describe = (row: BarRow) =>
    series
      .filter(({ key }) => row.values[key])
      .map(({ key, label }) => `${label}: ${format(row.values[key])}`)
      .join(separator);
  return (
    <Box>
      <Legend series={series} />
      <Stack component="ul" gap={1} sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {rows.map((row) => {
          const total = totalOf(row.values);
          return (
            <Stack key={row.key} component="li" direction="row" alignItems="center" gap={1}>
              <Typography variant="body2" sx={{ flex: '0 0 38%', minWidth: 0 }} noWrap title={row.label}>
                {row.to ? (
                  <Link component={RouterLink} to={row.to} underline="hover">
                    {row.label}
                  </Link>
                ) : (
                  row.label
                )}
              </Typography>
              <Box
                sx={{
                  flex: 1,
                  display: 'flex',
                  height: 18,
                  bgcolor: 'action.hover',
                  borderRadius: 1,
                  overflow: 'hidden',
                }}
              >
                {series.map(({ key, label, color }) =>
                  row.values[key] ? (
                    <Tooltip key={key} title={`${label}: ${format(row.values[key])}`}>
                      <Box sx={{ width: `${(row.values[key] / largest) * 100}%`, bgcolor: color }} />
                    </Tooltip>
                  ) : null,
                )}
              </Box>
              <Typography variant="body2" sx={{ flex: '0 0 4ch', textAlign: 'end', fontWeight: 600 }}>
                {format(total)}
              </Typography>
              {series.length > 1 ? (
                <Box component="span" sx={visuallyHidden}>
                  {describe(row)}
                </Box>
              ) : null}
            </Stack>
          );
        })}
      </Stack>
    </Box>
  );
}

/** Read by screen readers, not shown. */
export const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  margin: '-1px',
  padding: 0,
  border: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;
