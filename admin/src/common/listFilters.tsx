import type { ReactElement } from 'react';
import { NullableBooleanInput, SearchInput } from 'react-admin';

/** A list's filters: the Arabic-aware text search first, the list's own, and whether records are demo data. */
export function listFilters(...filters: ReactElement[]): ReactElement[] {
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    ...filters,
    <NullableBooleanInput key="isDemo" source="isDemo" />,
  ];
}
