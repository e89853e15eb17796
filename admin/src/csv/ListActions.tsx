import { CreateButton, FilterButton, TopToolbar, useFilterContext, useResourceDefinition } from 'react-admin';
import { TrashToggle } from '../trash/TrashToggle';
import { ExportCsvButton } from './ExportCsvButton';
import { ImportCsvButton } from './ImportCsvButton';

/**
 * Every list's toolbar, unless the list gives its own: filters, create, CSV import where the type
 * has one, a CSV export of everything the filters select, and the way to the trash and back.
 */
export function ListActions(_props: Record<string, unknown>) {
  const filters = useFilterContext();
  const { hasCreate } = useResourceDefinition();
  return (
    <TopToolbar>
      {filters ? <FilterButton /> : null}
      {hasCreate ? <CreateButton /> : null}
      <ImportCsvButton />
      <ExportCsvButton />
      <TrashToggle />
    </TopToolbar>
  );
}
