import GridOnIcon from '@mui/icons-material/GridOn';
import PlaceIcon from '@mui/icons-material/Place';
import { type ReactNode, useEffect } from 'react';
import {
  AppBar,
  Layout,
  LoadingIndicator,
  LocalesMenuButton,
  Menu,
  ToggleThemeButton,
  useDataProvider,
} from 'react-admin';
import type { LazyDataProvider } from '../lazyDataProvider';
import { DigitsButton } from './DigitsButton';
import { GroupedResourceItems } from './GroupedResourceItems';

function MujtamaAppBar() {
  return (
    <AppBar
      toolbar={
        <>
          <LocalesMenuButton />
          <DigitsButton />
          <ToggleThemeButton />
          <LoadingIndicator />
        </>
      }
    />
  );
}

/** The dashboard, the cross-cutting views, then every resource the user may read, in groups. */
function MujtamaMenu() {
  return (
    <Menu>
      <Menu.DashboardItem />
      <Menu.Item to="/coverage" primaryText="mujtama.coverage.title" leftIcon={<GridOnIcon />} />
      <Menu.Item
        to="/district-overview"
        primaryText="mujtama.district_overview.title"
        leftIcon={<PlaceIcon />}
      />
      <GroupedResourceItems />
    </Menu>
  );
}

export function AppLayout({ children }: { children: ReactNode }) {
  const dataProvider = useDataProvider<LazyDataProvider>();
  // Signed in from here on: the data provider's code and the schema load while the layout renders,
  // not once the first list asks for its records. A failure is retried by that first call.
  useEffect(() => {
    dataProvider.preload().catch(() => undefined);
  }, [dataProvider]);
  return (
    <Layout appBar={MujtamaAppBar} menu={MujtamaMenu}>
      {children}
    </Layout>
  );
}
