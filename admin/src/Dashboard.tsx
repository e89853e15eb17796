import CodeIcon from '@mui/icons-material/Code';
import {
  Box,
  Button,
  Card,
  CardActionArea,
  CardContent,
  Grid,
  Skeleton,
  Stack,
  Typography,
} from '@mui/material';
import { type ResourceType, resources } from '@mujtama/shared/resources';
import { createElement, lazy, Suspense } from 'react';
import {
  Link,
  Title,
  useCanAccess,
  useCreatePath,
  useGetList,
  useResourceDefinition,
  useTranslate,
} from 'react-admin';
import { useFormatNumber } from './common/digits';
import { useAppLocale } from './common/useAppLocale';

// Charts weigh more than the rest of the dashboard; they load after it.
const DashboardStatistics = lazy(() => import('./reports/DashboardStatistics'));

const sections: { title: string; types: ResourceType[] }[] = [
  {
    title: 'mujtama.dashboard.programs',
    types: ['HealthCenter', 'ProgramOffering', 'District', 'EmpowermentPriority', 'ActionPlan', 'PlanAction'],
  },
  {
    title: 'mujtama.dashboard.people',
    types: [
      'Person',
      'RosterEntry',
      'CoachingEnrollment',
      'LifestyleAssessment',
      'CoachingSession',
      'GroupMeeting',
      'MeetingAttendance',
    ],
  },
  { title: 'mujtama.dashboard.training', types: ['TrainingEvent', 'TrainingAttendance'] },
];

function CountCard({ type }: { type: ResourceType }) {
  const locale = useAppLocale();
  const format = useFormatNumber();
  const createPath = useCreatePath();
  const { icon } = useResourceDefinition({ resource: type });
  const { canAccess } = useCanAccess({ action: 'list', resource: type });
  const { total, isPending } = useGetList(
    type,
    { pagination: { page: 1, perPage: 1 } },
    { enabled: canAccess },
  );
  if (!canAccess) return null;
  return (
    <Grid size={{ xs: 12, sm: 6, md: 4, lg: 3 }}>
      <Card variant="outlined" sx={{ height: '100%' }}>
        <CardActionArea
          component={Link}
          to={createPath({ resource: type, type: 'list' })}
          sx={{ height: '100%' }}
        >
          <CardContent>
            <Stack direction="row" alignItems="center" gap={2}>
              {icon ? createElement(icon, { color: 'primary', fontSize: 'large' }) : null}
              <Box>
                <Typography variant="h5" component="p">
                  {isPending ? <Skeleton width="3ch" /> : format(total ?? 0)}
                </Typography>
                <Typography variant="body2" color="text.secondary">
                  {resources[type].plural[locale]}
                </Typography>
              </Box>
            </Stack>
          </CardContent>
        </CardActionArea>
      </Card>
    </Grid>
  );
}

/** A welcome and the number of records of each kind the user may read, each leading to its list. */
export function Dashboard() {
  const translate = useTranslate();
  return (
    <Box sx={{ py: 2 }}>
      <Title title="mujtama.dashboard.title" />
      <Typography variant="h4" component="h1" gutterBottom>
        {translate('mujtama.dashboard.welcome')}
      </Typography>
      <Typography variant="body1" color="text.secondary" sx={{ maxWidth: '70ch', mb: 3 }}>
        {translate('mujtama.dashboard.intro')}
      </Typography>
      <Suspense fallback={<Skeleton variant="rounded" height={240} sx={{ mb: 3 }} />}>
        <DashboardStatistics />
      </Suspense>
      {sections.map(({ title, types }) => (
        <Box component="section" key={title} sx={{ mb: 3 }}>
          <Typography variant="h6" component="h2" gutterBottom>
            {translate(title)}
          </Typography>
          <Grid container spacing={2}>
            {types.map((type) => (
              <CountCard key={type} type={type} />
            ))}
          </Grid>
        </Box>
      ))}
      <Button
        href="playground"
        startIcon={<CodeIcon />}
        title={translate('mujtama.dashboard.playground_hint')}
      >
        {translate('mujtama.dashboard.playground')}
      </Button>
    </Box>
  );
}
