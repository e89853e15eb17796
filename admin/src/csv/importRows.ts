import { normalizeArabic } from '@mujtama/shared/arabic';
import type { Bilingual, EnumDefinition } from '@mujtama/shared/enums';
import { validate } from '@mujtama/shared/validation';
import { parseTypedDate, toLatinDigits } from '../calendar/dates';
import { resourceMessages } from '../i18n/resources';
import { parseCsv } from './csv';
import type { ImportColumn, ImportSpec } from './importSpecs';

/** The records a reference column may name, each with the names it is known by. */
export interface Lookup {
  records: { id: string; names: string[] }[];
}

export interface RowProblem {
  /** Counted from 1 for the first row under the header, as the server counts. */
  row: number;
  field: string | null;
  message: Bilingual;
}

export interface PreparedImport {
  /** The file's header, each column with its place in the file and the field it fills. */
  columns: FileColumn[];
  /** Required fields the file has no column for. */
  missing: string[];
  /** The rows as read, for the preview. */
  cells: string[][];
  /** The rows as `Create<Type>Input`. */
  rows: Record<string, unknown>[];
  problems: RowProblem[];
  /** Rows with at least one problem. */
  badRows: number;
}

const headerKey = (text: string) => normalizeArabic(text).replace(/[^\p{L}\p{N}]+/gu, '');
const valueKey = (text: string) => normalizeArabic(text.trim());

const TRUE = new Set(['نعم', 'صح', 'صحيح', 'نشط', 'true', 'yes', 'y', '1', '✓']);
const FALSE = new Set(['لا', 'خطا', 'خطأ', 'غير نشط', 'false', 'no', 'n', '0']);

/** Which field each header names: the field itself, or its label in Arabic or English. */
function fieldOfHeader(spec: ImportSpec): Map<string, string> {
  const names = new Map<string, string>();
  const labels = [
    resourceMessages('ar')[spec.resource]?.fields,
    resourceMessages('en')[spec.resource]?.fields,
  ];
  for (const { field } of spec.columns) {
    names.set(headerKey(field), field);
    for (const fields of labels) {
      const label = fields?.[field];
      if (label) names.set(headerKey(label), field);
    }
  }
  return names;
}

function enumKeys(enumeration: EnumDefinition<string>): Map<string, string> {
  const keys = new Map<string, string>();
  for (const key of enumeration.keys) {
    keys.set(valueKey(key), key);
    keys.set(valueKey(enumeration.labels[key].ar), key);
    keys.set(valueKey(enumeration.labels[key].en), key);
  }
  return keys;
}

function nameIndex(lookup: Lookup): { ids: Set<string>; byName: Map<string, string[]> } {
  const byName = new Map<string, string[]>();
  for (const { id, names } of lookup.records) {
    for (const name of new Set(names.filter(Boolean).map(valueKey)))
      byName.set(name, [...(byName.get(name) ?? []), id]);
  }
  return { ids: new Set(lookup.records.map((record) => record.id)), byName };
}

export interface FileColumn {
  position: number;
  header: string;
  /** The field the column fills; null for a column the import does not read. */
  field: string | null;
}

/** The field each column of a header fills, or null for a column the import does not read. */
export function headerFields(header: readonly string[], spec: ImportSpec): FileColumn[] {
  const fields = fieldOfHeader(spec);
  return header.map((title, position) => ({
    position,
    header: title,
    field: fields.get(headerKey(title)) ?? null,
  }));
}

type Reader = (cell: string) => { value: unknown } | { problem: Bilingual };

function readerOf(column: ImportColumn, lookups: Readonly<Record<string, Lookup>>): Reader {
  switch (column.kind) {
    case 'text':
      return (cell) => ({ value: cell.trim() });
    case 'integer':
      return (cell) => {
        const digits = toLatinDigits(cell.trim());
        return /^-?\d+$/.test(digits)
          ? { value: Number(digits) }
          : { problem: { ar: 'يجب أن يكون عددًا صحيحًا', en: 'Must be a whole number' } };
      };
    case 'boolean':
      return (cell) => {
        const key = valueKey(cell).replace(/^ال/, '');
        if (TRUE.has(key) || TRUE.has(cell.trim())) return { value: true };
        if (FALSE.has(key) || FALSE.has(cell.trim())) return { value: false };
        return { problem: { ar: 'اكتب «نعم» أو «لا»', en: 'Write yes or no' } };
      };
    case 'date':
      return (cell) => {
        const day = parseTypedDate(cell);
        return day
          ? { value: day }
          : {
              problem: {
                ar: 'تاريخ غير مفهوم؛ اكتبه هجريًا مثل 1440/8/5 أو ميلاديًا مثل 2019-04-10',
                en: 'Unreadable date; write it as 1440/8/5 (Hijri) or 2019-04-10 (Gregorian)',
              },
            };
      };
    case 'enum':
    case 'enumList': {
      const { enumeration } = column;
      const keys = enumKeys(enumeration);
      const problem = {
        ar: `اختر من: ${enumeration.keys.map((key) => enumeration.labels[key].ar).join('، ')}`,
        en: `Choose from: ${enumeration.keys.map((key) => enumeration.labels[key].en).join(', ')}`,
      };
      const one = (text: string) => keys.get(valueKey(text));
      if (column.kind === 'enum') return (cell) => (one(cell) ? { value: one(cell) } : { problem });
      return (cell) => {
        const values = cell
          .split(/[;,،|]/)
          .map((part) => part.trim())
          .filter(Boolean);
        const found = values.map(one);
        return found.every(Boolean) ? { value: [...new Set(found)] } : { problem };
      };
    }
    case 'reference': {
      const { ids, byName } = nameIndex(lookups[column.field] ?? { records: [] });
      return (cell) => {
        const text = toLatinDigits(cell.trim());
        if (/^\d+$/.test(text) && ids.has(text)) return { value: text };
        const matches = byName.get(valueKey(cell)) ?? [];
        if (matches.length === 1) return { value: matches[0] };
        return matches.length === 0
          ? { problem: { ar: `لا يوجد سجل باسم «${cell.trim()}»`, en: `Nothing is named “${cell.trim()}”` } }
          : {
              problem: {
                ar: `أكثر من سجل باسم «${cell.trim()}»؛ اكتب المعرّف بدل الاسم`,
                en: `Several records are named “${cell.trim()}”; write the id instead`,
              },
            };
      };
    }
  }
}

/**
 * Reads a CSV file into the rows of an import and everything wrong with them, before anything is
 * sent: headers in Arabic or English, enums by label, references by name or id, dates in either
 * calendar, digits of either script, then the same shared rules the server applies.
 */
export function prepareImport(
  text: string,
  spec: ImportSpec,
  lookups: Readonly<Record<string, Lookup>>,
  onProgress?: (done: number, total: number) => void,
): PreparedImport {
  const [header = [], ...cells] = parseCsv(text);
  const columns = headerFields(header, spec);
  const present = new Set(columns.map((column) => column.field));
  const missing = Object.entries(spec.rules)
    .filter(([field, rule]) => rule.required && !present.has(field) && !(field in spec.defaults))
    .map(([field]) => field);
  const readers = columns.map(({ field }) => {
    const column = spec.columns.find((candidate) => candidate.field === field);
    return column ? readerOf(column, lookups) : null;
  });
  const rows: Record<string, unknown>[] = [];
  const problems: RowProblem[] = [];
  let badRows = 0;
  cells.forEach((line, index) => {
    const row: Record<string, unknown> = { ...spec.defaults };
    const found: RowProblem[] = [];
    line.forEach((cell, position) => {
      const reader = readers[position];
      const field = columns[position]?.field;
      if (!reader || !field || cell.trim() === '') return;
      const read = reader(cell);
      if ('problem' in read) found.push({ row: index + 1, field, message: read.problem });
      else row[field] = read.value;
    });
    const failed = new Set(found.map((problem) => problem.field));
    for (const violation of validate(spec.rules, row)) {
      if (!failed.has(violation.field))
        found.push({ row: index + 1, field: violation.field, message: violation.message });
    }
    if (found.length) badRows++;
    problems.push(...found);
    rows.push(row);
    if (onProgress && index % 1000 === 999) onProgress(index + 1, cells.length);
  });
  return { columns, missing, cells, rows, problems, badRows };
}
