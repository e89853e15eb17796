import { Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { asSnapshot, changedFields } from '../common/changes';
import { FieldComparison } from '../common/FieldComparison';

export interface AuditEntryRecord {
  id: string;
  at: string;
  action: string;
  entityType: string;
  entityId: string | null;
  userId: string | null;
  userEmail: string | null;
  before: unknown;
  after: unknown;
  reason: string | null;
}

/** What an audit entry changed, field by field with the fields' labels, and why an attempt was refused. */
export function AuditChanges(_props: { label?: string }) {
  const entry = useRecordContext<AuditEntryRecord>();
  const translate = useTranslate();
  if (!entry) return null;
  const changes = changedFields(asSnapshot(entry.before), asSnapshot(entry.after));
  return (
    <Stack gap={0.5}>
      {entry.reason ? (
        <Typography variant="body2" color="error">
          {translate('resources.AuditEntry.fields.reason')}: {entry.reason}
        </Typography>
      ) : null}
      {changes.length > 0 ? (
        <FieldComparison
          resource={entry.entityType}
          columns={['resources.AuditEntry.fields.before', 'resources.AuditEntry.fields.after']}
          rows={changes.map(({ field, before, after }) => ({ field, left: before, right: after }))}
          label={translate('mujtama.audit.changes')}
        />
      ) : null}
    </Stack>
  );
}
