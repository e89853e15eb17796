import { Box, Card, CardContent, Grid, Skeleton, Typography } from '@mui/material';
import type { AssociationProgramKind } from '@mujtama/shared/enums';
import { useTranslate } from 'react-admin';
import { useFormatNumber } from '../common/digits';

export interface ProgramSummary {
  participatingEntities: number;
  committees: number;
  committeeMeetings: number;
  proactiveVisits: number;
  supervisedVisits: number;
  exchangeVisits: number;
  scheduledVisits: number;
  visitGroups: number;
  groupedCenters: number;
  initiatives: number;
  distinctVolunteers: number;
  volunteerHours: number;
  beneficiaries: number;
  partners: number;
  impactResponses: number;
}

export const PROGRAM_SUMMARY = `summary {
  participatingEntities committees committeeMeetings proactiveVisits supervisedVisits exchangeVisits
  scheduledVisits visitGroups groupedCenters initiatives distinctVolunteers volunteerHours beneficiaries
  partners impactResponses
}`;

/** The figures each kind of program reports, most telling first. */
const figuresOf: Record<AssociationProgramKind, readonly (keyof ProgramSummary)[]> = {
  CENTERS_COOPERATION: [
    'committeeMeetings',
    'proactiveVisits',
    'supervisedVisits',
    'visitGroups',
    'groupedCenters',
    'exchangeVisits',
    'scheduledVisits',
    'committees',
    'participatingEntities',
    'impactResponses',
  ],
  VOLUNTEER_INITIATIVES: [
    'initiatives',
    'distinctVolunteers',
    'volunteerHours',
    'beneficiaries',
    'partners',
    'participatingEntities',
    'committees',
    'committeeMeetings',
    'impactResponses',
  ],
};

/** The program's figures as cards, computed by the API from its records. */
export function ProgramFigures({
  kind,
  summary,
}: {
  kind: AssociationProgramKind;
  summary: ProgramSummary | undefined;
}) {
  const translate = useTranslate();
  const format = useFormatNumber();
  return (
    <Box
      component="section"
      aria-label={translate('resources.AssociationProgram.fields.summary')}
      sx={{ px: 2, pb: 2 }}
    >
      <Typography variant="h6" component="h2" gutterBottom>
        {translate('resources.AssociationProgram.fields.summary')}
      </Typography>
      <Grid container spacing={2}>
        {figuresOf[kind].map((figure) => (
          <Grid key={figure} size={{ xs: 6, sm: 4, md: 3, lg: 2 }}>
            <Card variant="outlined" sx={{ height: '100%' }}>
              <CardContent>
                <Typography component="p" variant="h4" sx={{ fontWeight: 600 }} color="primary">
                  {summary ? format(summary[figure]) : <Skeleton width="3ch" />}
                </Typography>
                <Typography component="p" variant="body2" color="text.secondary">
                  {translate(`mujtama.programs.figures.${figure}`)}
                </Typography>
              </CardContent>
            </Card>
          </Grid>
        ))}
      </Grid>
    </Box>
  );
}
