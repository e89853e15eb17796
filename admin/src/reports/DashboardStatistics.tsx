import {
  Alert,
  Box,
  Card,
  CardActionArea,
  CardContent,
  Grid,
  Skeleton,
  Stack,
  type Theme,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
  useTheme,
} from '@mui/material';
import {
  AccessRoute,
  AssociationEntityKind,
  EnrollmentStatus,
  type EnumDefinition,
  InitiativeStatus,
  InterestGroupTopic,
  OfferingStatus,
  ProgramKind,
  RosterRole,
  SessionMode,
  VisitKind,
  VisitStatus,
} from '@mujtama/shared/enums';
import { enumLabel, type Locale } from '@mujtama/shared/labels';
import type { ReactNode } from 'react';
import { Link, useStore, useTranslate } from 'react-admin';
import type { CalendarKind } from '../calendar/dates';
import { useDigits, useFormatNumber } from '../common/digits';
import { useAppLocale } from '../common/useAppLocale';
import { BarList, type BarRow } from './charts/BarList';
import { MonthlyColumns } from './charts/MonthlyColumns';
import { type Series, toSeries } from './charts/series';
import { byMonth, type DayCount, STATISTICS_QUERY, type Statistics, tally } from './statistics';
import { useGraphQLQuery } from './useGraphQLQuery';
import { useListPath } from './useListPath';

/** The values of an enum as series, those named in `first` leading (and taking the main colours). */
function enumSeries<K extends string>(
  theme: Theme,
  definition: EnumDefinition<K>,
  locale: Locale,
  first: readonly K[] = [],
): Series[] {
  const keys = [...first, ...definition.keys.filter((key) => !first.includes(key))];
  return toSeries(
    theme,
    keys.map((key) => [key, enumLabel(definition, key, locale)] as const),
  );
}

function Figure({ label, value, to }: { label: string; value: number | null | undefined; to?: string }) {
  const format = useFormatNumber();
  if (value == null) return null;
  const content = (
    <CardContent>
      <Typography variant="h4" component="p" sx={{ fontWeight: 600 }}>
        {format(value)}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
    </CardContent>
  );
  return (
    <Grid size={{ xs: 6, sm: 4, md: 2 }}>
      <Card variant="outlined" sx={{ height: '100%' }}>
        {to ? (
          <CardActionArea component={Link} to={to} sx={{ height: '100%' }}>
            {content}
          </CardActionArea>
        ) : (
          content
        )}
      </Card>
    </Grid>
  );
}

function ChartCard({ title, children, wide }: { title: string; children: ReactNode; wide?: boolean }) {
  return (
    <Grid size={{ xs: 12, lg: wide ? 12 : 6 }}>
      <Card variant="outlined" component="section" aria-label={title} sx={{ height: '100%' }}>
        <CardContent>
          <Typography variant="subtitle1" component="h3" gutterBottom sx={{ fontWeight: 600 }}>
            {title}
          </Typography>
          {children}
        </CardContent>
      </Card>
    </Grid>
  );
}

const sumOf = (rows: readonly { count: number }[]) => rows.reduce((total, row) => total + row.count, 0);

/** A chart per figure the user may read, for the health programs and for the association. */
function Charts({ statistics, calendar }: { statistics: Statistics; calendar: CalendarKind }) {
  const translate = useTranslate();
  const theme = useTheme();
  const locale = useAppLocale();
  const digits = useDigits();
  const format = useFormatNumber();
  const listPath = useListPath();
  const t = (key: string) => translate(`mujtama.statistics.${key}`);
  const monthly = <R extends DayCount>(rows: readonly R[], series: (row: R) => string) =>
    byMonth(rows, calendar, series, locale, digits);
  const single = toSeries(theme, [['count', t('count')]]);
  const {
    programOfferings: offerings,
    rosterMembers: roster,
    coachingEnrollments: enrollments,
    coachingSessions: sessions,
    groupMeetings,
    associationEntities: entities,
    visits,
    committeeMeetings,
    initiatives,
  } = statistics;

  const programRows = (): BarRow[] => {
    const rows = tally(
      offerings ?? [],
      (row) => `${row.kind}|${row.topic ?? ''}`,
      (row) => row.status,
    );
    return [...rows].map(([key, values]) => {
      const [kind, topic] = key.split('|') as [ProgramKind, InterestGroupTopic | ''];
      const label = topic
        ? `${enumLabel(ProgramKind, kind, locale)}: ${enumLabel(InterestGroupTopic, topic, locale)}`
        : enumLabel(ProgramKind, kind, locale);
      return { key, label, values, to: listPath('ProgramOffering', topic ? { kind, topic } : { kind }) };
    });
  };
  const enumRows = <K extends string>(
    definition: EnumDefinition<K>,
    totals: Map<string, Record<string, number>>,
    to?: (key: K) => string | undefined,
  ): BarRow[] =>
    definition.keys
      .filter((key) => totals.has(key))
      .map((key) => ({
        key,
        label: enumLabel(definition, key, locale),
        values: totals.get(key) ?? {},
        to: to?.(key),
      }));

  return (
    <Stack gap={3}>
      {offerings || roster || enrollments || sessions || groupMeetings ? (
        <Box component="section">
          <Typography variant="h6" component="h2" gutterBottom>
            {t('health')}
          </Typography>
          <Grid container spacing={2}>
            {offerings ? (
              <ChartCard title={t('offerings')}>
                <BarList
                  rows={programRows()}
                  series={enumSeries(theme, OfferingStatus, locale, ['ACTIVE'])}
                />
              </ChartCard>
            ) : null}
            {roster ? (
              <ChartCard title={t('roster')}>
                <BarList
                  rows={enumRows(
                    ProgramKind,
                    tally(
                      roster,
                      (row) => row.kind,
                      (row) => row.role,
                    ),
                  )}
                  series={enumSeries(theme, RosterRole, locale)}
                />
              </ChartCard>
            ) : null}
            {enrollments ? (
              <ChartCard title={t('enrollments')}>
                <BarList
                  rows={enumRows(
                    EnrollmentStatus,
                    tally(
                      enrollments,
                      (row) => row.status,
                      (row) => row.accessRoute,
                    ),
                    (status) => listPath('CoachingEnrollment', { status }),
                  )}
                  series={enumSeries(theme, AccessRoute, locale)}
                />
              </ChartCard>
            ) : null}
            {sessions ? (
              <ChartCard title={t('sessions')}>
                <MonthlyColumns
                  months={monthly(sessions, (row) => row.mode)}
                  series={enumSeries(theme, SessionMode, locale)}
                />
              </ChartCard>
            ) : null}
            {groupMeetings ? (
              <ChartCard title={t('group_meetings')} wide>
                <MonthlyColumns months={monthly(groupMeetings, () => 'count')} series={single} />
              </ChartCard>
            ) : null}
          </Grid>
        </Box>
      ) : null}
      {entities || visits || committeeMeetings || initiatives ? (
        <Box component="section">
          <Typography variant="h6" component="h2" gutterBottom>
            {t('association')}
          </Typography>
          <Grid container spacing={2}>
            {entities ? (
              <ChartCard title={t('entities')}>
                <BarList
                  rows={AssociationEntityKind.keys.map((kind) => {
                    const row = entities.find((entity) => entity.kind === kind);
                    return {
                      key: kind,
                      label: enumLabel(AssociationEntityKind, kind, locale),
                      values: { active: row?.active ?? 0, inactive: row?.inactive ?? 0 },
                      to: listPath('AssociationEntity', { kind }),
                    };
                  })}
                  series={toSeries(theme, [
                    ['active', t('active')],
                    ['inactive', t('inactive')],
                  ])}
                />
              </ChartCard>
            ) : null}
            {initiatives ? (
              <ChartCard title={t('initiatives')}>
                <BarList
                  rows={enumRows(
                    InitiativeStatus,
                    tally(
                      initiatives,
                      (row) => row.status,
                      () => 'count',
                    ),
                  )}
                  series={single}
                />
                <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                  {translate('mujtama.statistics.beneficiaries', {
                    count: format(initiatives.reduce((total, row) => total + row.beneficiaries, 0)),
                  })}
                </Typography>
              </ChartCard>
            ) : null}
            {visits ? (
              <ChartCard title={t('visits')}>
                <MonthlyColumns
                  months={monthly(visits, (row) => row.kind)}
                  series={enumSeries(theme, VisitKind, locale)}
                />
              </ChartCard>
            ) : null}
            {visits ? (
              <ChartCard title={t('visit_status')}>
                <BarList
                  rows={enumRows(
                    VisitKind,
                    tally(
                      visits,
                      (row) => row.kind,
                      (row) => row.status,
                    ),
                  )}
                  series={enumSeries(theme, VisitStatus, locale, ['COMPLETED'])}
                />
              </ChartCard>
            ) : null}
            {committeeMeetings ? (
              <ChartCard title={t('committee_meetings')} wide>
                <MonthlyColumns months={monthly(committeeMeetings, () => 'count')} series={single} />
              </ChartCard>
            ) : null}
          </Grid>
        </Box>
      ) : null}
    </Stack>
  );
}

/**
 * The figures of both organizations at a glance, then charts; monthly charts group by Hijri or
 * Gregorian month as the reader chooses (remembered).
 */
export default function DashboardStatistics() {
  const translate = useTranslate();
  const [calendar, setCalendar] = useStore<CalendarKind>('reportCalendar', 'hijri');
  const { data, isPending, error } = useGraphQLQuery<{ statistics: Statistics }>(STATISTICS_QUERY);
  const listPath = useListPath();
  const t = (key: string) => translate(`mujtama.statistics.${key}`);
  if (error) return <Alert severity="warning">{t('unavailable')}</Alert>;
  if (isPending || !data) return <Skeleton variant="rounded" height={240} />;
  const statistics = data.statistics;
  const active = <R extends { status: string; count: number }>(rows: readonly R[] | null, status: string) =>
    rows ? sumOf(rows.filter((row) => row.status === status)) : null;
  return (
    <Box component="section" aria-label={t('title')} sx={{ mb: 3 }}>
      <Stack
        direction="row"
        justifyContent="space-between"
        alignItems="center"
        flexWrap="wrap"
        gap={1}
        mb={2}
      >
        <Typography variant="h5" component="h2">
          {t('title')}
        </Typography>
        <ToggleButtonGroup
          exclusive
          size="small"
          value={calendar}
          aria-label={t('group_by')}
          onChange={(_event, next: CalendarKind | null) => next && setCalendar(next)}
        >
          <ToggleButton value="hijri">{t('hijri_months')}</ToggleButton>
          <ToggleButton value="gregorian">{t('gregorian_months')}</ToggleButton>
        </ToggleButtonGroup>
      </Stack>
      <Grid container spacing={2} sx={{ mb: 3 }}>
        <Figure
          label={t('health_centers')}
          value={statistics.healthCenters?.reduce((total, row) => total + row.active, 0)}
          to={listPath('HealthCenter')}
        />
        <Figure
          label={t('active_offerings')}
          value={active(statistics.programOfferings, 'ACTIVE')}
          to={listPath('ProgramOffering', { status: 'ACTIVE' })}
        />
        <Figure
          label={t('roster_members')}
          value={statistics.rosterMembers ? sumOf(statistics.rosterMembers) : null}
          to={listPath('RosterEntry', { current: true })}
        />
        <Figure
          label={t('active_enrollments')}
          value={active(statistics.coachingEnrollments, 'ACTIVE')}
          to={listPath('CoachingEnrollment', { status: 'ACTIVE' })}
        />
        <Figure
          label={t('sessions_total')}
          value={statistics.coachingSessions ? sumOf(statistics.coachingSessions) : null}
          to={listPath('CoachingSession')}
        />
        <Figure label={t('people')} value={statistics.people} to={listPath('Person')} />
        <Figure
          label={t('entities_total')}
          value={statistics.associationEntities?.reduce((total, row) => total + row.active, 0)}
          to={listPath('AssociationEntity')}
        />
        <Figure
          label={t('committee_meetings_total')}
          value={statistics.committeeMeetings ? sumOf(statistics.committeeMeetings) : null}
          to={listPath('CommitteeMeeting')}
        />
        <Figure
          label={t('visits_done')}
          value={active(statistics.visits, 'COMPLETED')}
          to={listPath('Visit', { status: 'COMPLETED' })}
        />
        <Figure
          label={t('initiatives_delivered')}
          value={active(statistics.initiatives, 'DELIVERED')}
          to={listPath('Initiative', { status: 'DELIVERED' })}
        />
        <Figure label={t('volunteers')} value={statistics.volunteers} to={listPath('Volunteer')} />
      </Grid>
      <Charts statistics={statistics} calendar={calendar} />
    </Box>
  );
}
