import { Box, Stack, Typography } from '@mui/material';
import type { Series } from './series';

export function Legend({ series }: { series: readonly Series[] }) {
  if (series.length < 2) return null;
  return (
    <Stack
      direction="row"
      flexWrap="wrap"
      columnGap={2}
      rowGap={0.5}
      component="ul"
      sx={{ listStyle: 'none', p: 0, m: 0, mb: 1 }}
    >
      {series.map(({ key, label, color }) => (
        <Stack key={key} component="li" direction="row" alignItems="center" gap={0.75}>
          <Box aria-hidden sx={{ width: 12, height: 12, borderRadius: 0.5, bgcolor: color }} />
          <Typography variant="caption">{label}</Typography>
        </Stack>
      ))}
    </Stack>
  );
}
