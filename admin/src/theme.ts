import createCache, { type EmotionCache } from '@emotion/cache';
import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';
import { prefixer } from 'stylis';
import rtlPlugin from 'stylis-plugin-rtl';
import { listDefaults } from './layout/listDefaults';

export type Direction = 'rtl' | 'ltr';

const fontFamily = [
  '"Noto Sans Arabic Variable"',
  'system-ui',
  '"Segoe UI"',
  'Tahoma',
  'Arial',
  'sans-serif',
].join(',');

function directed(theme: RaThemeOptions, direction: Direction): RaThemeOptions {
  const typography = typeof theme.typography === 'object' ? theme.typography : {};
  return {
    ...theme,
    direction,
    typography: { ...typography, fontFamily },
    components: { ...theme.components, ...listDefaults },
  };
}

/** Light and dark themes for each writing direction. */
export const themes: Record<Direction, { light: RaThemeOptions; dark: RaThemeOptions }> = {
  rtl: { light: directed(defaultLightTheme, 'rtl'), dark: directed(defaultDarkTheme, 'rtl') },
  ltr: { light: directed(defaultLightTheme, 'ltr'), dark: directed(defaultDarkTheme, 'ltr') },
};

/** Emotion caches: the right-to-left one mirrors every style (margins, paddings, positions). */
export const styleCaches: Record<Direction, EmotionCache> = {
  rtl: createCache({ key: 'muirtl', stylisPlugins: [prefixer, rtlPlugin] }),
  ltr: createCache({ key: 'muiltr' }),
};
