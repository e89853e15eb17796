import { Box, Stack, Tooltip, Typography } from '@mui/material';
import { useFormatNumber } from '../../common/digits';
import { listSeparator } from '../../common/text';
import { useAppLocale } from '../../common/useAppLocale';
import { visuallyHidden } from './BarList';
import { Legend } from './Legend';
import { type Series, totalOf } from './series';

export interface MonthColumn {
  key: string;
  /** The month's name, e.g. "شوال 1447 هـ". */
  label: string;
  /** The short name under the column. */
  short: string;
  values: Readonly<Record<string, number>>;
}

const HEIGHT = 160;

/**
 * Columns per month, stacked by series. Time runs along the line, so in Arabic the first month
 * stands on the right; a long period scrolls sideways instead of squeezing the columns.
 */
export function MonthlyColumns({
  months,
  series,
}: {
  months: readonly MonthColumn[];
  series: readonly Series[];
}) {
  const format = useFormatNumber();
  const separator = listSeparator(useAppLocale());
  const largest = Math.max(1, ...months.map((month) => totalOf(month.values)));
  return (
    <Box>
      <Legend series={series} />
      <Stack direction="row" gap={1}>
        <Stack justifyContent="space-between" sx={{ height: HEIGHT, pb: 0 }} aria-hidden>
          <Typography variant="caption" color="text.secondary">
            {format(largest)}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {format(0)}
          </Typography>
        </Stack>
        <Box sx={{ overflowX: 'auto', flex: 1 }}>
          <Stack
            direction="row"
            component="ul"
            gap={0.5}
            sx={{ listStyle: 'none', p: 0, m: 0, minWidth: 'min-content' }}
          >
            {months.map((month) => {
              const total = totalOf(month.values);
              const parts = series
                .filter(({ key }) => month.values[key])
                .map(({ key, label }) => `${label}: ${format(month.values[key])}`);
              const description = `${month.label}: ${format(total)}${parts.length > 1 ? ` (${parts.join(separator)})` : ''}`;
              return (
                <Stack key={month.key} component="li" alignItems="center" sx={{ flex: '1 0 32px' }}>
                  <Tooltip title={description}>
                    <Box
                      sx={{
                        height: HEIGHT,
                        width: '100%',
                        display: 'flex',
                        flexDirection: 'column-reverse',
                        borderBottom: 1,
                        borderColor: 'divider',
                      }}
                    >
                      {series.map(({ key, color }) =>
                        month.values[key] ? (
                          <Box
                            key={key}
                            sx={{
                              height: `${(month.values[key] / largest) * 100}%`,
                              bgcolor: color,
                              mx: '15%',
                            }}
                          />
                        ) : null,
                      )}
                    </Box>
                  </Tooltip>
                  <Typography variant="caption" color="text.secondary" noWrap aria-hidden>
                    {month.short}
                  </Typography>
                  <Box component="span" sx={visuallyHidden}>
                    {description}
                  </Box>
                </Stack>
              );
            })}
          </Stack>
        </Box>
      </Stack>
    </Box>
  );
}
