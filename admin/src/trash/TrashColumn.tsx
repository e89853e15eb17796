import { Children, type ReactNode, useContext } from 'react';
import {
  DataTable,
  DataTableBody,
  type DataTableBodyProps,
  DataTableHead,
  type DataTableHeadProps,
  ListContext,
} from 'react-admin';
import { RestoreButton } from './RestoreButtons';
import { isTrashView } from './useRestore';

/** The table's columns, with a restore button last on each row while the list shows the trash. */
function useColumns(children: ReactNode): ReactNode {
  const list = useContext(ListContext);
  if (!isTrashView(list?.filterValues)) return children;
  return [
    ...Children.toArray(children),
    <DataTable.Col key="restore" label={false}>
      <RestoreButton />
    </DataTable.Col>,
  ];
}

/** Every DataTable's header (through the theme), with the trash's restore column. */
export function TrashAwareHead({ children, ...props }: DataTableHeadProps) {
  return <DataTableHead {...props}>{useColumns(children)}</DataTableHead>;
}

/** Every DataTable's body (through the theme), with the trash's restore column. */
export function TrashAwareBody({ children, ...props }: DataTableBodyProps) {
  return <DataTableBody {...props}>{useColumns(children)}</DataTableBody>;
}
