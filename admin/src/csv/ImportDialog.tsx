import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Alert,
  Box,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  LinearProgress,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TablePagination,
  TableRow,
  Typography,
} from '@mui/material';
import type { ImportType } from '@mujtama/shared/enums';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useDataProvider, useGetResourceLabel, useRefresh, useTranslate } from 'react-admin';
import { useFormatNumber } from '../common/digits';
import { GraphQLRequestError } from '../common/graphqlRequest';
import { listSeparator } from '../common/text';
import { useAppLocale } from '../common/useAppLocale';
import { downloadCsv, parseCsv, toCsv } from './csv';
import type { ImportMessage, ImportRequest } from './import.worker';
import { type ImportOutcome, type ImportPhase, type ServerRowError, sendImport } from './importApi';
import { headerFields, type PreparedImport, type RowProblem } from './importRows';
import { importSpecs } from './importSpecs';
import { loadLookups } from './lookups';

type Step =
  | { step: 'choose' }
  | { step: 'reading'; progress: number }
  | { step: 'preview'; prepared: PreparedImport }
  | { step: 'sending'; prepared: PreparedImport; progress: ImportPhase }
  | { step: 'done'; created: number }
  | { step: 'failed'; message: string };

const PAGE_SIZE = 25;

/** The header of the file, read before the rest to know which lookups the worker needs. */
async function headerOf(file: File): Promise<string[]> {
  const start = await file.slice(0, 64 * 1024).text();
  return parseCsv(start.split(/\r?\n/)[0] ?? '')[0] ?? [];
}

/** The server's problems in the shape the preview shows the worker's in. */
const asProblems = (errors: readonly ServerRowError[]): RowProblem[] =>
  errors.map(({ row, field, messageAr, messageEn }) => ({
    row,
    field,
    message: { ar: messageAr, en: messageEn },
  }));

interface ImportDialogProps {
  type: ImportType;
  open: boolean;
  onClose: () => void;
}

/**
 * Import from a CSV file in three steps: read and check it in a worker (the page stays responsive
 * with tens of thousands of rows), preview every row's problems, then send it to the server, which
 * writes all rows in one transaction or none.
 */
export default function ImportDialog({ type, open, onClose }: ImportDialogProps) {
  const spec = importSpecs[type];
  const translate = useTranslate();
  const locale = useAppLocale();
  const format = useFormatNumber();
  const dataProvider = useDataProvider();
  const refresh = useRefresh();
  const resourceLabel = useGetResourceLabel();
  const [state, setState] = useState<Step>({ step: 'choose' });
  const [serverProblems, setServerProblems] = useState<{ count: number; problems: RowProblem[] } | null>(
    null,
  );
  const [onlyProblems, setOnlyProblems] = useState(true);
  const [page, setPage] = useState(0);
  const worker = useRef<Worker | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const t = (key: string, options?: Record<string, unknown>) => translate(`mujtama.csv.${key}`, options);
  const fieldLabel = (field: string | null) =>
    field ? translate(`resources.${spec.resource}.fields.${field}`, { _: field }) : '';

  useEffect(() => () => worker.current?.terminate(), []);

  /** What went wrong, in the reader's language: the server's own words are for developers. */
  const failure = (error: unknown) => {
    const code = error instanceof GraphQLRequestError ? error.code : undefined;
    if (code === 'UNAUTHENTICATED') return translate('ra.auth.auth_check_error');
    if (code === 'FORBIDDEN') return translate('ra.notification.not_authorized');
    return translate('ra.notification.http_error');
  };

  const reset = () => {
    worker.current?.terminate();
    worker.current = null;
    setServerProblems(null);
    setPage(0);
    setState({ step: 'choose' });
  };

  const read = async (file: File) => {
    setServerProblems(null);
    setPage(0);
    setState({ step: 'reading', progress: 0 });
    try {
      const fields = new Set(headerFields(await headerOf(file), spec).map((column) => column.field ?? ''));
      const lookups = await loadLookups(dataProvider, spec, fields);
      worker.current?.terminate();
      const next = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
      worker.current = next;
      next.addEventListener('message', (event: MessageEvent<ImportMessage>) => {
        const message = event.data;
        if (message.kind === 'progress')
          setState({ step: 'reading', progress: (message.done / message.total) * 100 });
        else if (message.kind === 'done') {
          setOnlyProblems(message.result.badRows > 0);
          setState({ step: 'preview', prepared: message.result });
        } else setState({ step: 'failed', message: t('unreadable') });
        if (message.kind !== 'progress') next.terminate();
      });
      next.postMessage({ file, type: spec.type, lookups } satisfies ImportRequest);
    } catch (error) {
      setState({ step: 'failed', message: failure(error) });
    }
  };

  const send = async (prepared: PreparedImport) => {
    setState({
      step: 'sending',
      prepared,
      progress: { phase: 'checking', done: 0, total: prepared.rows.length },
    });
    let outcome: ImportOutcome;
    try {
      outcome = await sendImport(spec.type, prepared.rows, (progress) =>
        setState({ step: 'sending', prepared, progress }),
      );
    } catch (error) {
      setState({ step: 'failed', message: failure(error) });
      return;
    }
    if ('created' in outcome) {
      setState({ step: 'done', created: outcome.created });
      refresh();
    } else {
      setServerProblems({ count: outcome.errorCount, problems: asProblems(outcome.errors) });
      setOnlyProblems(true);
      setPage(0);
      setState({ step: 'preview', prepared });
    }
  };

  const template = () =>
    downloadCsv(
      toCsv([spec.columns.map((column) => fieldLabel(column.field))]),
      `${resourceLabel(spec.resource, 2)}-template`,
    );

  const prepared = state.step === 'preview' || state.step === 'sending' ? state.prepared : null;
  const problems = useMemo(() => {
    const byRow = new Map<number, RowProblem[]>();
    for (const problem of [...(prepared?.problems ?? []), ...(serverProblems?.problems ?? [])]) {
      byRow.set(problem.row, [...(byRow.get(problem.row) ?? []), problem]);
    }
    return byRow;
  }, [prepared, serverProblems]);
  const shownRows = useMemo(() => {
    const all = prepared ? prepared.cells.map((_, index) => index + 1) : [];
    return onlyProblems ? all.filter((row) => problems.has(row)) : all;
  }, [prepared, problems, onlyProblems]);

  const unread = prepared?.columns.filter((column) => !column.field).map((column) => column.header) ?? [];
  const blocked =
    !prepared ||
    prepared.rows.length === 0 ||
    prepared.missing.length > 0 ||
    prepared.badRows > 0 ||
    serverProblems !== null;
  const describe = (problem: RowProblem) =>
    problem.field ? `${fieldLabel(problem.field)}: ${problem.message[locale]}` : problem.message[locale];

  return (
    <Dialog open={open} onClose={state.step === 'sending' ? undefined : onClose} fullWidth maxWidth="lg">
      <DialogTitle>{t('import_title', { name: resourceLabel(spec.resource, 2) })}</DialogTitle>
      <DialogContent dividers>
        {state.step === 'choose' || state.step === 'failed' ? (
          <Stack gap={2}>
            {state.step === 'failed' ? (
              <Alert severity="error">{t('failed', { message: state.message })}</Alert>
            ) : null}
            <Typography>{t('intro')}</Typography>
            <Box>
              <Typography variant="subtitle2" gutterBottom>
                {t('columns')}
              </Typography>
              <Stack direction="row" flexWrap="wrap" gap={1}>
                {spec.columns.map(({ field }) => (
                  <Chip
                    key={field}
                    label={fieldLabel(field)}
                    color={spec.rules[field]?.required && !(field in spec.defaults) ? 'primary' : 'default'}
                    variant="outlined"
                  />
                ))}
              </Stack>
              <Typography variant="caption" color="text.secondary">
                {t('required_hint')}
              </Typography>
            </Box>
          </Stack>
        ) : null}
        {state.step === 'reading' ? (
          <Stack gap={1} aria-live="polite">
            <Typography>{t('reading')}</Typography>
            <LinearProgress
              variant={state.progress ? 'determinate' : 'indeterminate'}
              value={state.progress}
            />
          </Stack>
        ) : null}
        {state.step === 'done' ? (
          <Alert severity="success" role="status">
            {t('done', { count: format(state.created) })}
          </Alert>
        ) : null}
        {prepared ? (
          <Stack gap={2}>
            {state.step === 'sending' ? (
              <Stack gap={1} aria-live="polite">
                <Typography>
                  {state.progress.phase === 'checking'
                    ? t('checking', {
                        done: format(state.progress.done),
                        total: format(state.progress.total),
                      })
                    : t('writing', { total: format(state.progress.total) })}
                </Typography>
                <LinearProgress
                  variant={state.progress.phase === 'checking' ? 'determinate' : 'indeterminate'}
                  value={
                    state.progress.phase === 'checking'
                      ? (state.progress.done / state.progress.total) * 100
                      : undefined
                  }
                />
              </Stack>
            ) : null}
            <Typography role="status">
              {t('summary', { rows: format(prepared.rows.length), bad: format(prepared.badRows) })}
            </Typography>
            {prepared.rows.length === 0 ? <Alert severity="warning">{t('empty_file')}</Alert> : null}
            {prepared.missing.length > 0 ? (
              <Alert severity="error">
                {t('missing_columns', {
                  columns: prepared.missing.map(fieldLabel).join(listSeparator(locale)),
                })}
              </Alert>
            ) : null}
            {unread.length > 0 ? (
              <Alert severity="info">
                {t('unknown_columns', { columns: unread.join(listSeparator(locale)) })}
              </Alert>
            ) : null}
            {serverProblems ? (
              <Alert severity="error">{t('rejected', { count: format(serverProblems.count) })}</Alert>
            ) : prepared.badRows === 0 && prepared.missing.length === 0 && prepared.rows.length > 0 ? (
              <Alert severity="success">{t('no_problems')}</Alert>
            ) : null}
            <Stack direction="row" justifyContent="space-between" alignItems="center" flexWrap="wrap">
              <FormControlLabel
                control={
                  <Switch
                    checked={onlyProblems}
                    onChange={(event) => {
                      setOnlyProblems(event.target.checked);
                      setPage(0);
                    }}
                  />
                }
                label={t('only_problems')}
              />
              <Typography variant="caption" color="text.secondary">
                {t('row_hint')}
              </Typography>
            </Stack>
            <TableContainer sx={{ maxHeight: 420 }}>
              <Table size="small" stickyHeader aria-label={t('preview')}>
                <TableHead>
                  <TableRow>
                    <TableCell>{t('row')}</TableCell>
                    {prepared.columns.map((column) => (
                      <TableCell key={column.position}>
                        {column.header}
                        {column.field && fieldLabel(column.field) === column.header ? null : (
                          <Typography
                            variant="caption"
                            display="block"
                            color={column.field ? 'text.secondary' : 'warning.main'}
                          >
                            {column.field ? fieldLabel(column.field) : t('not_read')}
                          </Typography>
                        )}
                      </TableCell>
                    ))}
                    <TableCell>{t('problems')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {shownRows.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE).map((row) => {
                    const rowProblems = problems.get(row) ?? [];
                    const badFields = new Set(rowProblems.map((problem) => problem.field));
                    return (
                      <TableRow key={row} hover>
                        <TableCell>{format(row + 1)}</TableCell>
                        {prepared.columns.map((column) => (
                          <TableCell
                            key={column.position}
                            sx={
                              column.field && badFields.has(column.field)
                                ? { bgcolor: 'error.light', color: 'error.contrastText' }
                                : undefined
                            }
                          >
                            {prepared.cells[row - 1]?.[column.position]}
                          </TableCell>
                        ))}
                        <TableCell sx={{ color: 'error.main', minWidth: 240 }}>
                          {rowProblems.map((problem) => (
                            <div key={`${problem.field}-${problem.message.en}`}>{describe(problem)}</div>
                          ))}
                        </TableCell>
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            </TableContainer>
            <TablePagination
              component="div"
              count={shownRows.length}
              page={page}
              rowsPerPage={PAGE_SIZE}
              rowsPerPageOptions={[PAGE_SIZE]}
              onPageChange={(_event, next) => setPage(next)}
              labelDisplayedRows={({ from, to, count }) =>
                translate('ra.navigation.page_range_info', {
                  offsetBegin: format(from),
                  offsetEnd: format(to),
                  total: format(count),
                })
              }
            />
          </Stack>
        ) : null}
      </DialogContent>
      <DialogActions>
        <input
          ref={input}
          type="file"
          accept=".csv,text/csv"
          hidden
          aria-label={t('choose_file')}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void read(file);
          }}
        />
        {state.step === 'choose' || state.step === 'failed' ? (
          <>
            <Button onClick={template}>{t('template')}</Button>
            <Button variant="contained" startIcon={<UploadFileIcon />} onClick={() => input.current?.click()}>
              {t('choose_file')}
            </Button>
          </>
        ) : null}
        {state.step === 'preview' ? (
          <>
            <Button onClick={reset}>{t('another_file')}</Button>
            <Button variant="contained" disabled={blocked} onClick={() => void send(state.prepared)}>
              {t('start', { count: format(state.prepared.rows.length) })}
            </Button>
          </>
        ) : null}
        {state.step === 'sending' ? null : (
          <Button onClick={onClose}>
            {translate(state.step === 'done' ? 'ra.action.close' : 'ra.action.cancel')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
