import type { Theme } from '@mui/material';

/** One stack of a chart: a value name, its label and its colour. */
export interface Series {
  key: string;
  label: string;
  color: string;
}

/** Distinct colours from the theme, in the order series are given. */
export function seriesColors(theme: Theme): string[] {
  const { palette } = theme;
  return [
    palette.primary.main,
    palette.warning.main,
    palette.success.main,
    palette.secondary.main,
    palette.info.main,
    palette.error.main,
    palette.grey[500],
  ];
}

/** Series for every key in order, coloured from the theme. */
export function toSeries(
  theme: Theme,
  entries: readonly (readonly [key: string, label: string])[],
): Series[] {
  const colors = seriesColors(theme);
  return entries.map(([key, label], index) => ({ key, label, color: colors[index % colors.length] }));
}

export const totalOf = (values: Readonly<Record<string, number>>) =>
  Object.values(values).reduce((sum, value) => sum + value, 0);
