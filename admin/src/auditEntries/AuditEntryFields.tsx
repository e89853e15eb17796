import { Stack, Typography } from '@mui/material';
import {
  Link,
  useGetResourceLabel,
  useRecordContext,
  useResourceDefinitions,
  useTranslate,
} from 'react-admin';
import { RecordLink } from '../common/RecordLink';
import type { AuditEntryRecord } from './AuditChanges';

/** Which record an entry is about: its type, and a link to it while it exists. */
export function AuditRecordField(_props: { label?: string }) {
  const entry = useRecordContext<AuditEntryRecord>();
  const resourceLabel = useGetResourceLabel();
  const definitions = useResourceDefinitions();
  if (!entry) return null;
  const { entityType, entityId } = entry;
  return (
    <Stack component="span">
      <Typography component="span" variant="body2" color="text.secondary">
        {definitions[entityType] ? resourceLabel(entityType, 1) : entityType}
      </Typography>
      {entityId && definitions[entityType]?.hasShow ? (
        <RecordLink reference={entityType} id={entityId} />
      ) : entityId ? (
        <Typography component="span" variant="body2">
          #{entityId}
        </Typography>
      ) : null}
    </Stack>
  );
}

/** Who acted: the user's email as the log kept it, linked to the user; or the system. */
export function AuditUserField(_props: { label?: string }) {
  const entry = useRecordContext<AuditEntryRecord>();
  const translate = useTranslate();
  if (!entry) return null;
  const name = entry.userEmail ?? (entry.userId ? `#${entry.userId}` : translate('mujtama.audit.system'));
  if (!entry.userId) {
    return (
      <Typography component="span" variant="body2">
        {name}
      </Typography>
    );
  }
  return (
    <Link to={`/User/${entry.userId}/show`} dir="ltr">
      {name}
    </Link>
  );
}
