import DownloadIcon from '@mui/icons-material/GetApp';
import { CircularProgress } from '@mui/material';
import { useState } from 'react';
import {
  Button,
  useDataProvider,
  useGetResourceLabel,
  useListContext,
  useNotify,
  useTranslate,
} from 'react-admin';
import { localDay } from '../common/dates';
import { useAppLocale } from '../common/useAppLocale';
import { downloadCsv } from './csv';

/** Downloads every record of the list as filtered and sorted, not just the page on screen. */
export function ExportCsvButton() {
  const { resource, filter, filterValues, sort, total, exporter } = useListContext();
  const dataProvider = useDataProvider();
  const translate = useTranslate();
  const locale = useAppLocale();
  const notify = useNotify();
  const resourceLabel = useGetResourceLabel();
  const [progress, setProgress] = useState<number | null>(null);
  if (exporter === false) return null;

  const run = async () => {
    setProgress(0);
    try {
      const { exportList } = await import('./exportList');
      const text = await exportList({
        dataProvider,
        resource,
        filter: { ...filterValues, ...filter },
        sort,
        locale,
        translate,
        onProgress: (read, all) => setProgress(all ? (read / all) * 100 : 0),
      });
      downloadCsv(text, `${resourceLabel(resource, 2)}-${localDay(new Date())}`);
    } catch {
      notify('ra.notification.http_error', { type: 'error' });
    } finally {
      setProgress(null);
    }
  };

  return (
    <Button
      label="ra.action.export"
      onClick={run}
      disabled={progress !== null || total === 0}
      title={translate('mujtama.csv.export_hint')}
    >
      {progress === null ? (
        <DownloadIcon />
      ) : (
        <CircularProgress size={16} variant={progress ? 'determinate' : 'indeterminate'} value={progress} />
      )}
    </Button>
  );
}
