import { formatHijri } from '@mujtama/shared/arabic';
import { enumLabel, type Locale } from '@mujtama/shared/labels';
import type { DataProvider, Identifier, RaRecord, SortPayload } from 'react-admin';
import { localDay } from '../common/dates';
import { localName } from '../common/representation';
import { listSeparator } from '../common/text';
import { toCsv } from './csv';
import { type RecordField, recordFields } from './recordFields';

/** The API's largest page. */
const PAGE = 500;

export interface ExportContext {
  dataProvider: DataProvider;
  resource: string;
  filter: Record<string, unknown>;
  sort: SortPayload;
  locale: Locale;
  translate: (key: string, options?: Record<string, unknown>) => string;
  /** Told how many records have been read so far. */
  onProgress?: (read: number, total: number) => void;
}

/** Every record the list shows, page after page, as filtered and sorted. */
async function allRecords({
  dataProvider,
  resource,
  filter,
  sort,
  onProgress,
}: ExportContext): Promise<RaRecord[]> {
  const records: RaRecord[] = [];
  for (let page = 1; ; page++) {
    const { data, total } = await dataProvider.getList(resource, {
      filter,
      sort,
      pagination: { page, perPage: PAGE },
    });
    records.push(...data);
    onProgress?.(records.length, total ?? records.length);
    if (data.length < PAGE || (total !== undefined && records.length >= total)) return records;
  }
}

/** What a referenced record is called: its name in the reader's language, or its title. */
function nameOf(record: RaRecord, locale: Locale): string {
  const name = localName(record, locale);
  if (name) return name;
  for (const field of ['title', 'displayName', 'email']) {
    if (typeof record[field] === 'string') return record[field];
  }
  return String(record.id);
}

async function referenceNames(
  dataProvider: DataProvider,
  field: Extract<RecordField, { kind: 'reference' }>,
  records: readonly RaRecord[],
  locale: Locale,
): Promise<Map<Identifier, string>> {
  const ids = [...new Set(records.map((record) => record[field.name]).filter((id) => id != null))];
  const names = new Map<Identifier, string>();
  for (let start = 0; start < ids.length; start += PAGE) {
    const { data } = await dataProvider.getMany(field.reference, { ids: ids.slice(start, start + PAGE) });
    for (const record of data) names.set(record.id, nameOf(record, locale));
  }
  return names;
}

/**
 * The list as a CSV file, as the reader sees it: columns named in their language, enums by their
 * labels, references by name, dates in the Gregorian calendar (ISO, so spreadsheets sort them)
 * with the Hijri date in the next column. Digits stay Latin so spreadsheets read numbers as numbers.
 */
export async function exportList(context: ExportContext): Promise<string> {
  const { dataProvider, resource, locale, translate } = context;
  const [fields, records] = await Promise.all([recordFields(resource), allRecords(context)]);
  const references = new Map<string, Map<Identifier, string>>();
  for (const field of fields) {
    if (field.kind === 'reference')
      references.set(field.name, await referenceNames(dataProvider, field, records, locale));
  }
  const label = (name: string) => translate(`resources.${resource}.fields.${name}`, { _: name });
  const header = fields.flatMap((field) =>
    field.kind === 'date'
      ? [label(field.name), translate('mujtama.csv.hijri_column', { field: label(field.name) })]
      : [label(field.name)],
  );
  const cells = (field: RecordField, value: unknown): string[] => {
    if (field.kind === 'date') {
      return typeof value === 'string' && value ? [value, formatHijri(value, locale, 'latn')] : ['', ''];
    }
    if (value == null || value === '') return [''];
    switch (field.kind) {
      case 'enum':
        return [enumLabel(field.enumeration, String(value), locale)];
      case 'enumList':
        return [
          Array.isArray(value)
            ? value
                .map((key) => enumLabel(field.enumeration, String(key), locale))
                .join(listSeparator(locale))
            : '',
        ];
      case 'boolean':
        return [translate(value ? 'ra.boolean.true' : 'ra.boolean.false')];
      case 'reference':
        return [references.get(field.name)?.get(value as Identifier) ?? String(value)];
      case 'timestamp': {
        const time = new Date(String(value));
        return [`${localDay(time)} ${time.toTimeString().slice(0, 5)}`];
      }
      default:
        return [String(value)];
    }
  };
  return toCsv([
    header,
    ...records.map((record) => fields.flatMap((field) => cells(field, record[field.name]))),
  ]);
}
