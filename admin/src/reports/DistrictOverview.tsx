import {
  Alert,
  Autocomplete,
  Box,
  Card,
  CardContent,
  Chip,
  Grid,
  Link,
  List,
  ListItem,
  ListItemText,
  Skeleton,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import {
  AssociationEntityKind,
  type InterestGroupTopic,
  ProgramKind,
  InterestGroupTopic as Topics,
} from '@mujtama/shared/enums';
import { enumLabel } from '@mujtama/shared/labels';
import type { ReactNode } from 'react';
import {
  type RaRecord,
  Link as RouterLink,
  Title,
  useCreatePath,
  useGetList,
  useGetOne,
  useNavigate,
  useParams,
  useResourceDefinitions,
  useTranslate,
} from 'react-admin';
import { useFormatNumber } from '../common/digits';
import { localName } from '../common/representation';
import { useAppLocale } from '../common/useAppLocale';

const ALL = { pagination: { page: 1, perPage: 500 }, sort: { field: 'nameAr', order: 'ASC' } } as const;

/** A link to a record's page when the admin has one, else its name alone. */
function RecordLink({
  resource,
  record,
  children,
}: {
  resource: string;
  record: RaRecord;
  children: ReactNode;
}) {
  const createPath = useCreatePath();
  const definitions = useResourceDefinitions();
  if (!definitions[resource]?.hasShow) return <>{children}</>;
  return (
    <Link component={RouterLink} to={createPath({ resource, id: record.id, type: 'show' })}>
      {children}
    </Link>
  );
}

function Section({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  const format = useFormatNumber();
  const translate = useTranslate();
  return (
    <Grid size={{ xs: 12, md: 6 }}>
      <Card variant="outlined" component="section" aria-label={title} sx={{ height: '100%' }}>
        <CardContent>
          <Stack direction="row" justifyContent="space-between" alignItems="baseline">
            <Typography variant="h6" component="h2">
              {title}
            </Typography>
            <Typography variant="h6" component="span" color="text.secondary">
              {format(count)}
            </Typography>
          </Stack>
          {count === 0 ? (
            <Typography variant="body2" color="text.secondary">
              {translate('mujtama.district_overview.none')}
            </Typography>
          ) : (
            children
          )}
        </CardContent>
      </Card>
    </Grid>
  );
}

function DistrictContents({ districtId }: { districtId: string }) {
  const translate = useTranslate();
  const locale = useAppLocale();
  const createPath = useCreatePath();
  const t = (key: string) => translate(`mujtama.district_overview.${key}`);
  const filter = { districtId };
  const centers = useGetList('HealthCenter', { ...ALL, filter });
  const offerings = useGetList('ProgramOffering', { ...ALL, filter });
  const entities = useGetList('AssociationEntity', { ...ALL, filter });
  if (centers.isPending || offerings.isPending || entities.isPending) {
    return <Skeleton variant="rounded" height={320} />;
  }
  const offeringLabel = (offering: RaRecord) =>
    offering.topic
      ? enumLabel(Topics, offering.topic as InterestGroupTopic, locale)
      : enumLabel(ProgramKind, offering.kind as ProgramKind, locale);
  const ofKind = (kind: AssociationEntityKind) =>
    (entities.data ?? []).filter((entity) => entity.kind === kind);
  const neighborhoodCenters = ofKind('NEIGHBORHOOD_CENTER');
  const forumsAndTeams = [...ofKind('NEIGHBORHOOD_FORUM'), ...ofKind('VOLUNTEER_TEAM')];
  const centerNames = new Map(neighborhoodCenters.map((center) => [center.id, localName(center, locale)]));
  const entityItem = (entity: RaRecord, detail?: ReactNode) => (
    <ListItem key={entity.id} disableGutters>
      <ListItemText
        primary={
          <RecordLink resource="AssociationEntity" record={entity}>
            {localName(entity, locale)}
          </RecordLink>
        }
        secondary={detail ?? enumLabel(AssociationEntityKind, entity.kind, locale)}
      />
    </ListItem>
  );

  return (
    <Grid container spacing={2}>
      <Section title={t('health_centers')} count={centers.data?.length ?? 0}>
        <List dense>
          {(centers.data ?? []).map((center) => {
            const programs = (offerings.data ?? []).filter((offering) => offering.centerId === center.id);
            return (
              <ListItem key={center.id} disableGutters sx={{ display: 'block' }}>
                <RecordLink resource="HealthCenter" record={center}>
                  {localName(center, locale)}
                </RecordLink>
                <Stack direction="row" gap={0.5} flexWrap="wrap" sx={{ mt: 0.5 }}>
                  {programs.length === 0 ? (
                    <Typography variant="caption" color="text.secondary">
                      {t('no_programs')}
                    </Typography>
                  ) : (
                    programs.map((offering) => (
                      <Chip
                        key={offering.id}
                        size="small"
                        label={offeringLabel(offering)}
                        component={RouterLink}
                        to={createPath({ resource: 'ProgramOffering', id: offering.id, type: 'show' })}
                        clickable
                        color={offering.status === 'ACTIVE' ? 'primary' : 'default'}
                        variant={offering.status === 'ACTIVE' ? 'filled' : 'outlined'}
                      />
                    ))
                  )}
                </Stack>
              </ListItem>
            );
          })}
        </List>
      </Section>
      <Section title={t('neighborhood_centers')} count={neighborhoodCenters.length}>
        <List dense>
          {neighborhoodCenters.map((center) => {
            const own = forumsAndTeams.filter((entity) => entity.centerId === center.id);
            return entityItem(
              center,
              own.length > 0
                ? own.map((entity) => localName(entity, locale)).join(' · ')
                : t('no_affiliates'),
            );
          })}
        </List>
      </Section>
      <Section title={t('forums_and_teams')} count={forumsAndTeams.length}>
        <List dense>
          {forumsAndTeams.map((entity) => {
            const kind = enumLabel(AssociationEntityKind, entity.kind, locale);
            const center = centerNames.get(entity.centerId);
            return entityItem(entity, center ? `${kind} — ${center}` : kind);
          })}
        </List>
      </Section>
      <Section title={t('special_projects')} count={ofKind('SPECIAL_PROJECT').length}>
        <List dense>{ofKind('SPECIAL_PROJECT').map((entity) => entityItem(entity))}</List>
      </Section>
    </Grid>
  );
}

/**
 * Everything in one district from both organizations: its health centers and the programs they
 * run, its neighborhood centers with their forums and teams, other forums and teams, and special
 * projects.
 */
export default function DistrictOverview() {
  const translate = useTranslate();
  const locale = useAppLocale();
  const navigate = useNavigate();
  const { id } = useParams<{ id?: string }>();
  const districts = useGetList('District', ALL);
  const district = useGetOne('District', { id: id ?? '' }, { enabled: Boolean(id) });
  const t = (key: string) => translate(`mujtama.district_overview.${key}`);
  const chosen = districts.data?.find((candidate) => String(candidate.id) === id) ?? district.data ?? null;
  return (
    <Box sx={{ py: 2 }}>
      <Title title="mujtama.district_overview.title" />
      <Typography variant="h5" component="h1" gutterBottom>
        {chosen ? `${t('title')}: ${localName(chosen, locale)}` : t('title')}
      </Typography>
      <Autocomplete
        sx={{ maxWidth: 360, mb: 2 }}
        options={districts.data ?? []}
        value={chosen}
        loading={districts.isPending}
        onChange={(_event, value) =>
          navigate(value ? `/district-overview/${value.id}` : '/district-overview')
        }
        getOptionLabel={(option) => localName(option, locale)}
        isOptionEqualToValue={(option, value) => option.id === value.id}
        renderInput={(params) => <TextField {...params} label={t('choose')} />}
      />
      {id ? <DistrictContents districtId={id} /> : <Alert severity="info">{t('intro')}</Alert>}
    </Box>
  );
}
