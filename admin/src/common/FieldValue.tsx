import { Typography } from '@mui/material';
import { enumLabel } from '@mujtama/shared/labels';
import { useEffect, useState } from 'react';
import { useResourceDefinitions, useTranslate } from 'react-admin';
import { type RecordField, recordFields } from '../csv/recordFields';
import { isBlank } from './changes';
import { useFormatNumber } from './digits';
import { HijriDateField } from './HijriDateField';
import { RecordLink } from './RecordLink';
import { listSeparator } from './text';
import { useAppLocale } from './useAppLocale';

/** The fields of a record type by name, once the API has described them; none if it cannot. */
export function useRecordFields(type: string | undefined): ReadonlyMap<string, RecordField> {
  const [fields, setFields] = useState<ReadonlyMap<string, RecordField>>(new Map());
  useEffect(() => {
    if (!type) return undefined;
    let current = true;
    recordFields(type)
      .then((list) => current && setFields(new Map(list.map((field) => [field.name, field]))))
      // Values then show as they are stored.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [type]);
  return fields;
}

/**
 * One value of a record's field as the admin shows it elsewhere: enums by their labels, dates in
 * both calendars, references by the name of the record they point at (linked), yes or no.
 */
export function FieldValue({ field, value }: { field: RecordField | undefined; value: unknown }) {
  const translate = useTranslate();
  const locale = useAppLocale();
  const formatNumber = useFormatNumber();
  const definitions = useResourceDefinitions();
  if (isBlank(value)) {
    return (
      <Typography component="span" variant="body2" color="text.secondary">
        —
      </Typography>
    );
  }
  const text = (content: string) => (
    <Typography component="span" variant="body2">
      {content}
    </Typography>
  );
  switch (field?.kind) {
    case 'boolean':
      return text(translate(value ? 'ra.boolean.true' : 'ra.boolean.false'));
    case 'enum':
      return text(enumLabel(field.enumeration, String(value), locale));
    case 'enumList':
      return text(
        (Array.isArray(value) ? value : [value])
          .map((key) => enumLabel(field.enumeration, String(key), locale))
          .join(listSeparator(locale)),
      );
    case 'date':
    case 'timestamp':
      return <HijriDateField record={{ value }} source="value" withTime={field.kind === 'timestamp'} />;
    case 'number':
      return text(typeof value === 'number' ? formatNumber(value) : String(value));
    case 'reference':
      return definitions[field.reference] ? (
        <RecordLink reference={field.reference} id={String(value)} />
      ) : (
        text(`#${value}`)
      );
    default:
      return text(
        Array.isArray(value)
          ? value.map(String).join(listSeparator(locale))
          : typeof value === 'object'
            ? JSON.stringify(value)
            : String(value),
      );
  }
}
