import AddIcon from '@mui/icons-material/Add';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import DownloadIcon from '@mui/icons-material/GetApp';
import {
  Alert,
  Autocomplete,
  Box,
  Button,
  Card,
  IconButton,
  Link,
  Skeleton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableFooter,
  TableHead,
  TableRow,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import {
  InterestGroupTopic,
  type OfferingStatus,
  OfferingStatus as OfferingStatuses,
  ProgramKind,
} from '@mujtama/shared/enums';
import { enumLabel } from '@mujtama/shared/labels';
import { useMemo, useState } from 'react';
import {
  type RaRecord,
  Link as RouterLink,
  Title,
  useCanAccess,
  useCreatePath,
  useGetList,
  useTranslate,
} from 'react-admin';
import { localDay } from '../common/dates';
import { useFormatNumber } from '../common/digits';
import { localName } from '../common/representation';
import { useAppLocale } from '../common/useAppLocale';
import { downloadCsv, toCsv } from '../csv/csv';

/** One column of the matrix: a program, and for interest groups its topic. */
interface Program {
  key: string;
  kind: ProgramKind;
  topic: InterestGroupTopic | null;
}

const statusColor: Record<OfferingStatus, 'success' | 'info' | 'warning' | 'disabled'> = {
  ACTIVE: 'success',
  PLANNED: 'info',
  SUSPENDED: 'warning',
  CLOSED: 'disabled',
};

const ALL = { pagination: { page: 1, perPage: 500 } } as const;

/**
 * Which health center runs which program: the coach clinic, each interest-group topic and the
 * empowerment team, as the health cluster's announcement lists them, one row per center. Each mark
 * opens the offering; an empty cell offers to add it to those who may.
 */
export default function CoverageMatrix() {
  const translate = useTranslate();
  const locale = useAppLocale();
  const format = useFormatNumber();
  const createPath = useCreatePath();
  const [district, setDistrict] = useState<RaRecord | null>(null);
  const [search, setSearch] = useState('');
  const { canAccess: canCreate } = useCanAccess({ resource: 'ProgramOffering', action: 'create' });
  const filter = district ? { districtId: district.id } : {};
  const centers = useGetList('HealthCenter', {
    ...ALL,
    sort: { field: 'nameAr', order: 'ASC' },
    filter: { ...filter, q: search || undefined },
  });
  const offerings = useGetList('ProgramOffering', { ...ALL, sort: { field: 'id', order: 'ASC' }, filter });
  const districts = useGetList('District', { ...ALL, sort: { field: 'nameAr', order: 'ASC' } });
  const t = (key: string, options?: Record<string, unknown>) => translate(`mujtama.coverage.${key}`, options);

  const programs = useMemo<Program[]>(() => {
    const topics = InterestGroupTopic.keys.filter((topic) =>
      offerings.data?.some((offering) => offering.topic === topic),
    );
    return [
      { key: 'HEALTH_COACH', kind: 'HEALTH_COACH', topic: null },
      ...topics.map((topic) => ({ key: `INTEREST_GROUP:${topic}`, kind: 'INTEREST_GROUP' as const, topic })),
      { key: 'COMMUNITY_EMPOWERMENT', kind: 'COMMUNITY_EMPOWERMENT', topic: null },
    ];
  }, [offerings.data]);

  const cells = useMemo(() => {
    const byCell = new Map<string, RaRecord[]>();
    for (const offering of offerings.data ?? []) {
      const key = `${offering.centerId}|${offering.kind === 'INTEREST_GROUP' ? `INTEREST_GROUP:${offering.topic}` : offering.kind}`;
      byCell.set(key, [...(byCell.get(key) ?? []), offering]);
    }
    return byCell;
  }, [offerings.data]);

  const programLabel = (program: Program) =>
    program.topic ? enumLabel(InterestGroupTopic, program.topic, locale) : t(program.kind.toLowerCase());
  const rows = centers.data ?? [];
  const at = (center: RaRecord, program: Program) => cells.get(`${center.id}|${program.key}`) ?? [];
  const columnTotal = (program: Program) => rows.filter((center) => at(center, program).length > 0).length;

  const exportMatrix = () => {
    const header = [translate('resources.HealthCenter.fields.nameAr'), ...programs.map(programLabel)];
    const body = rows.map((center) => [
      localName(center, locale),
      ...programs.map((program) =>
        at(center, program)
          .map((offering) => enumLabel(OfferingStatuses, offering.status, locale))
          .join(' / '),
      ),
    ]);
    downloadCsv(toCsv([header, ...body]), `${t('title')}-${localDay(new Date())}`);
  };

  const truncated =
    (centers.total ?? 0) > rows.length || (offerings.total ?? 0) > (offerings.data?.length ?? 0);

  return (
    <Box sx={{ py: 2 }}>
      <Title title="mujtama.coverage.title" />
      <Typography variant="h5" component="h1" gutterBottom>
        {t('title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2, maxWidth: '80ch' }}>
        {t('intro')}
      </Typography>
      <Stack direction="row" gap={2} flexWrap="wrap" alignItems="center" sx={{ mb: 2 }}>
        <TextField
          size="small"
          fullWidth={false}
          sx={{ width: 240 }}
          label={translate('ra.action.search')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <Autocomplete
          size="small"
          sx={{ minWidth: 240 }}
          options={districts.data ?? []}
          value={district}
          onChange={(_event, value) => setDistrict(value)}
          getOptionLabel={(option) => localName(option, locale)}
          isOptionEqualToValue={(option, value) => option.id === value.id}
          renderInput={(params) => (
            <TextField
              {...params}
              fullWidth={false}
              label={translate('resources.HealthCenter.fields.districtId')}
            />
          )}
        />
        <Button startIcon={<DownloadIcon />} onClick={exportMatrix} disabled={rows.length === 0}>
          {translate('ra.action.export')}
        </Button>
        <Stack
          direction="row"
          gap={1.5}
          sx={{ marginInlineStart: 'auto' }}
          component="ul"
          aria-label={t('legend')}
          style={{ listStyle: 'none', margin: 0, padding: 0 }}
        >
          {OfferingStatuses.keys.map((status) => (
            <Stack key={status} component="li" direction="row" alignItems="center" gap={0.5}>
              <CheckCircleIcon fontSize="small" color={statusColor[status]} />
              <Typography variant="caption">{enumLabel(OfferingStatuses, status, locale)}</Typography>
            </Stack>
          ))}
        </Stack>
      </Stack>
      {truncated ? (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('truncated')}
        </Alert>
      ) : null}
      <Card variant="outlined">
        {centers.isPending || offerings.isPending ? (
          <Skeleton variant="rectangular" height={480} />
        ) : (
          <TableContainer>
            <Table size="small" aria-label={t('title')}>
              <TableHead>
                <TableRow>
                  <TableCell
                    rowSpan={2}
                    sx={{ position: 'sticky', left: 0, zIndex: 2, bgcolor: 'background.paper' }}
                  >
                    {translate('resources.HealthCenter.name', { smart_count: 1 })}
                  </TableCell>
                  <TableCell rowSpan={2} align="center">
                    {enumLabel(ProgramKind, 'HEALTH_COACH', locale)}
                  </TableCell>
                  {programs.length > 2 ? (
                    <TableCell colSpan={programs.length - 2} align="center">
                      {enumLabel(ProgramKind, 'INTEREST_GROUP', locale)}
                    </TableCell>
                  ) : null}
                  <TableCell rowSpan={2} align="center">
                    {enumLabel(ProgramKind, 'COMMUNITY_EMPOWERMENT', locale)}
                  </TableCell>
                  <TableCell rowSpan={2} align="center">
                    {t('programs')}
                  </TableCell>
                </TableRow>
                <TableRow>
                  {programs
                    .filter((program) => program.topic)
                    .map((program) => (
                      <TableCell key={program.key} align="center">
                        {programLabel(program)}
                      </TableCell>
                    ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((center) => (
                  <TableRow key={center.id} hover>
                    <TableCell
                      component="th"
                      scope="row"
                      sx={{
                        position: 'sticky',
                        left: 0,
                        zIndex: 1,
                        bgcolor: 'background.paper',
                        whiteSpace: 'nowrap',
                      }}
                    >
                      <Link
                        component={RouterLink}
                        to={createPath({ resource: 'HealthCenter', id: center.id, type: 'show' })}
                      >
                        {localName(center, locale)}
                      </Link>
                    </TableCell>
                    {programs.map((program) => {
                      const here = at(center, program);
                      const name = `${localName(center, locale)} — ${programLabel(program)}`;
                      return (
                        <TableCell key={program.key} align="center" data-program={program.key}>
                          {here.map((offering) => (
                            <Tooltip
                              key={offering.id}
                              title={`${offering.nameAr} — ${enumLabel(OfferingStatuses, offering.status, locale)}`}
                            >
                              <IconButton
                                size="small"
                                component={RouterLink}
                                to={createPath({
                                  resource: 'ProgramOffering',
                                  id: offering.id,
                                  type: 'show',
                                })}
                                aria-label={`${name}: ${enumLabel(OfferingStatuses, offering.status, locale)}`}
                              >
                                <CheckCircleIcon color={statusColor[offering.status as OfferingStatus]} />
                              </IconButton>
                            </Tooltip>
                          ))}
                          {here.length === 0 && canCreate ? (
                            <Tooltip title={t('add', { program: programLabel(program) })}>
                              <IconButton
                                size="small"
                                component={RouterLink}
                                to={`${createPath({ resource: 'ProgramOffering', type: 'create' })}?source=${encodeURIComponent(
                                  JSON.stringify({
                                    centerId: center.id,
                                    kind: program.kind,
                                    topic: program.topic ?? undefined,
                                  }),
                                )}`}
                                aria-label={t('add', { program: name })}
                                sx={{ opacity: 0.35, '&:hover, &:focus-visible': { opacity: 1 } }}
                              >
                                <AddIcon fontSize="small" />
                              </IconButton>
                            </Tooltip>
                          ) : null}
                        </TableCell>
                      );
                    })}
                    <TableCell align="center">
                      {format(programs.filter((program) => at(center, program).length > 0).length)}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
              <TableFooter>
                <TableRow>
                  <TableCell
                    component="th"
                    scope="row"
                    sx={{ position: 'sticky', left: 0, bgcolor: 'background.paper' }}
                  >
                    {t('centers_running')}
                  </TableCell>
                  {programs.map((program) => (
                    <TableCell key={program.key} align="center" sx={{ fontWeight: 600 }}>
                      {format(columnTotal(program))}
                    </TableCell>
                  ))}
                  <TableCell />
                </TableRow>
              </TableFooter>
            </Table>
          </TableContainer>
        )}
      </Card>
    </Box>
  );
}
