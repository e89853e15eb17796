import { Chip, Stack } from '@mui/material';
import type { EnumDefinition } from '@mujtama/shared/enums';
import { enumChoices, enumLabel } from '@mujtama/shared/labels';
import { type FieldProps, SelectField, useFieldValue } from 'react-admin';
import { useAppLocale } from './useAppLocale';

interface EnumFieldProps<K extends string> extends FieldProps {
  enumeration: EnumDefinition<K>;
}

/** An enum value by its label in the reader's language. */
export function EnumField<K extends string>({ enumeration, ...props }: EnumFieldProps<K>) {
  return <SelectField {...props} choices={enumChoices(enumeration, useAppLocale())} />;
}

/** A list of enum values, or a single one, one chip each. */
export function EnumArrayField<K extends string>({ enumeration, ...props }: EnumFieldProps<K>) {
  const value: unknown = useFieldValue(props);
  const locale = useAppLocale();
  const values: unknown[] = Array.isArray(value) ? value : [value];
  const keys = enumeration.keys.filter((key) => values.includes(key));
  return (
    <Stack direction="row" gap={0.5} flexWrap="wrap" component="span">
      {keys.map((key) => (
        <Chip key={key} size="small" label={enumLabel(enumeration, key, locale)} />
      ))}
    </Stack>
  );
}
