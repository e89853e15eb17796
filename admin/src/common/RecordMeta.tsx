import { Stack } from '@mui/material';
import { Labeled } from 'react-admin';
import { DemoField } from './DemoField';
import { HijriDateField } from './HijriDateField';
import { LocalNumberField } from './LocalNumberField';

/** When a record was created and last changed, its version, and whether it is demo data. */
export function RecordMeta(_props: { label?: false }) {
  return (
    <Stack direction="row" gap={4} flexWrap="wrap" alignItems="center">
      <Labeled>
        <HijriDateField source="createdAt" />
      </Labeled>
      <Labeled>
        <HijriDateField source="updatedAt" />
      </Labeled>
      <Labeled>
        <LocalNumberField source="version" />
      </Labeled>
      <DemoField />
    </Stack>
  );
}
