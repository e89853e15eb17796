import { CacheProvider } from '@emotion/react';
import { useEffect, useSyncExternalStore } from 'react';
import { Admin, localStorageStore, Resource } from 'react-admin';
import { Dashboard } from './Dashboard';
import { createDataProvider } from './dataProvider';
import { healthCenters } from './healthCenters';
import { i18nProvider, toLocale } from './i18n';
import { styleCaches, themes } from './theme';

// react-admin keeps the chosen language here (key `locale`), so it survives reloads.
const store = localStorageStore(undefined, 'Mujtama');
const dataProvider = createDataProvider(i18nProvider);

/** The language react-admin's store holds, followed as the reader switches it. */
function useStoredLocale() {
  return useSyncExternalStore(
    (onChange) => store.subscribe('locale', onChange),
    () => toLocale(String(store.getItem('locale', i18nProvider.getLocale()))),
  );
}

export function App() {
  const locale = useStoredLocale();
  const direction = locale === 'ar' ? 'rtl' : 'ltr';

  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = direction;
  }, [locale, direction]);

  return (
    <CacheProvider value={styleCaches[direction]}>
      <Admin
        disableTelemetry
        title="mujtama.app.title"
        store={store}
        dataProvider={dataProvider}
        i18nProvider={i18nProvider}
        theme={themes[direction].light}
        darkTheme={themes[direction].dark}
        dashboard={Dashboard}
      >
        <Resource name="HealthCenter" {...healthCenters} />
      </Admin>
    </CacheProvider>
  );
}
