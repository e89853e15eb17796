import { Alert, Stack } from '@mui/material';
import { Labeled, useRecordContext, useTranslate } from 'react-admin';
import { RecordHistoryButton } from '../auditEntries/RecordHistoryButton';
import { RestoreButton } from '../trash/RestoreButtons';
import { DemoField } from './DemoField';
import { HijriDateField } from './HijriDateField';
import { LocalNumberField } from './LocalNumberField';

/** Says that the record is in the trash, and since when, with the way out of it. */
function TrashedNotice() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.deletedAt) return null;
  return (
    <Alert severity="warning" action={<RestoreButton />}>
      {translate('mujtama.trash.since')} <HijriDateField source="deletedAt" withTime />
    </Alert>
  );
}

/**
 * When a record was created and last changed, its version, whether it is demo data and whether it
 * is in the trash; and, for those who read the audit log, its history.
 */
export function RecordMeta(_props: { label?: false }) {
  return (
    <Stack gap={1}>
      <TrashedNotice />
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
        <RecordHistoryButton />
      </Stack>
    </Stack>
  );
}
