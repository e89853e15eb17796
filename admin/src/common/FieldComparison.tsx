import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { FieldValue, useRecordFields } from './FieldValue';

export interface ComparedField {
  field: string;
  left: unknown;
  right: unknown;
  /** Shown under the field's label. */
  note?: ReactNode;
}

interface FieldComparisonProps {
  /** The record type whose field labels and kinds apply. */
  resource: string | undefined;
  /** Translation keys of the two value columns. */
  columns: [left: string, right: string];
  rows: readonly ComparedField[];
  label: string;
}

/** Two versions of a record's fields side by side, each value shown as its field shows it. */
export function FieldComparison({ resource, columns, rows, label }: FieldComparisonProps) {
  const translate = useTranslate();
  const fields = useRecordFields(resource);
  return (
    <Table size="small" aria-label={label}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('mujtama.audit.field')}</TableCell>
          <TableCell>{translate(columns[0])}</TableCell>
          <TableCell>{translate(columns[1])}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map(({ field, left, right, note }) => (
          <TableRow key={field}>
            <TableCell component="th" scope="row">
              {translate(`resources.${resource}.fields.${field}`, { _: field })}
              {note}
            </TableCell>
            <TableCell>
              <FieldValue field={fields.get(field)} value={left} />
            </TableCell>
            <TableCell>
              <FieldValue field={fields.get(field)} value={right} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
