import { Chip, Stack } from '@mui/material';
import { type FieldProps, useFieldValue } from 'react-admin';

/** A question's choices, one chip each, in their order. */
export function ChoicesField(props: FieldProps) {
  const value: unknown = useFieldValue({ ...props, source: props.source ?? 'choices' });
  const choices = Array.isArray(value) ? value.filter((choice) => typeof choice === 'string') : [];
  return (
    <Stack direction="row" gap={0.5} flexWrap="wrap" component="span">
      {choices.map((choice) => (
        <Chip key={choice} size="small" variant="outlined" label={choice} />
      ))}
    </Stack>
  );
}
