import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/** Marks records that are demo data, as the source documents give counts rather than every record. */
export function DemoField(_props: { source?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.isDemo) return null;
  return <Chip size="small" color="warning" variant="outlined" label={translate('mujtama.demo')} />;
}
