import { useEffect, useState } from 'react';
import { DataTable, type DataTableColumnProps, useDataProvider, useResourceContext } from 'react-admin';
import type { MujtamaDataProvider } from '../dataProvider';

/** The fields the current resource's list can be sorted by, once the API has said. */
function useSortFields(): ReadonlySet<string> {
  const resource = useResourceContext();
  const dataProvider = useDataProvider<MujtamaDataProvider>();
  const [fields, setFields] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    if (!resource) return undefined;
    let current = true;
    dataProvider
      .sortFields(resource)
      .then((names) => current && setFields(new Set(names)))
      // The list itself reports an unreachable API; its headers just stay unsortable.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [dataProvider, resource]);
  return fields;
}

/** A DataTable column whose header sorts only when the API offers that sort. */
export function Column(props: DataTableColumnProps) {
  const sortable = useSortFields();
  const disableSort = props.disableSort || !props.source || !sortable.has(props.source);
  return <DataTable.Col {...props} disableSort={disableSort} />;
}
