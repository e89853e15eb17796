import type { DataProvider, RaRecord } from 'react-admin';
import type { Lookup } from './importRows';
import type { ImportSpec } from './importSpecs';

const PAGE = 500;

async function allOf(dataProvider: DataProvider, resource: string, filter: Record<string, unknown>) {
  const records: RaRecord[] = [];
  for (let page = 1; ; page++) {
    const { data, total } = await dataProvider.getList(resource, {
      filter,
      sort: { field: 'id', order: 'ASC' },
      pagination: { page, perPage: PAGE },
    });
    records.push(...data);
    if (data.length < PAGE || (total !== undefined && records.length >= total)) return records;
  }
}

const namesOf = (record: RaRecord): string[] =>
  ['nameAr', 'nameEn', 'title'].flatMap((field) =>
    typeof record[field] === 'string' ? [record[field]] : [],
  );

/** The records each reference column of the file may name, to resolve names to ids in the worker. */
export async function loadLookups(
  dataProvider: DataProvider,
  spec: ImportSpec,
  fields: ReadonlySet<string>,
): Promise<Record<string, Lookup>> {
  const lookups: Record<string, Lookup> = {};
  for (const column of spec.columns) {
    if (column.kind !== 'reference' || !fields.has(column.field)) continue;
    const records = await allOf(dataProvider, column.reference, column.filter ?? {});
    lookups[column.field] = {
      records: records.map((record) => ({ id: String(record.id), names: namesOf(record) })),
    };
  }
  return lookups;
}
