import GridOnIcon from '@mui/icons-material/GridOn';
import PlaceIcon from '@mui/icons-material/Place';
import type { ReactNode } from 'react';
import { AppBar, Layout, LoadingIndicator, LocalesMenuButton, Menu, ToggleThemeButton } from 'react-admin';
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
  return (
    <Layout appBar={MujtamaAppBar} menu={MujtamaMenu}>
      {children}
    </Layout>
  );
}
