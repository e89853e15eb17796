import { Box, Step, StepContent, StepLabel, Stepper, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import {
  BooleanField,
  Labeled,
  ReferenceField,
  TextField,
  useGetList,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { useFormatNumber } from '../common/digits';
import { FillFormButton } from '../formResponses/FillFormButton';

const ONE = { page: 1, perPage: 1 };

function Missing() {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary">
      {translate('mujtama.visits.not_yet')}
    </Typography>
  );
}

/**
 * The four steps of a supervised visit, as recorded so far: taking part in a host activity, viewing
 * its activities report, the discussion circle, and measuring the impact with the electronic form.
 */
export function VisitSteps() {
  const visit = useRecordContext();
  const translate = useTranslate();
  const format = useFormatNumber();
  const { total: responses = 0 } = useGetList(
    'FormResponse',
    { filter: { visitId: visit?.id }, pagination: ONE },
    { enabled: visit != null },
  );
  if (!visit) return null;
  const steps: { title: string; done: boolean; content: ReactNode }[] = [
    {
      title: 'mujtama.visits.step_activity',
      done: visit.hostActivityId != null,
      content:
        visit.hostActivityId != null ? (
          <ReferenceField source="hostActivityId" reference="Activity" />
        ) : (
          <Missing />
        ),
    },
    {
      title: 'mujtama.visits.step_report',
      done: visit.reportViewed === true,
      content: (
        <>
          <Labeled>
            <BooleanField source="reportViewed" />
          </Labeled>
          {visit.reportNotes ? <TextField source="reportNotes" component="p" /> : null}
        </>
      ),
    },
    {
      title: 'mujtama.visits.step_discussion',
      done: Boolean(visit.discussionNotes?.trim()),
      content: visit.discussionNotes ? (
        <TextField source="discussionNotes" component="p" sx={{ whiteSpace: 'pre-wrap' }} />
      ) : (
        <Missing />
      ),
    },
    {
      title: 'mujtama.visits.step_impact',
      done: responses > 0,
      content: (
        <>
          {visit.impactFormId != null ? (
            <ReferenceField source="impactFormId" reference="ImpactForm" />
          ) : null}
          <Typography variant="body2" sx={{ my: 1 }}>
            {translate('mujtama.impact.responses', { smart_count: responses, count: format(responses) })}
          </Typography>
          <FillFormButton target="visitId" />
        </>
      ),
    },
  ];
  const done = steps.filter((step) => step.done).length;
  return (
    <Box component="section" aria-label={translate('resources.Visit.fields.steps')} sx={{ px: 2, pb: 2 }}>
      <Typography variant="h6" component="h2">
        {translate('resources.Visit.fields.steps')}
      </Typography>
      <Typography variant="body2" color="text.secondary" gutterBottom>
        {translate('mujtama.visits.steps_done', { done: format(done), total: format(steps.length) })}
      </Typography>
      <Stepper orientation="vertical" nonLinear>
        {steps.map((step) => (
          <Step key={step.title} completed={step.done} expanded>
            <StepLabel>{translate(step.title)}</StepLabel>
            <StepContent>{step.content}</StepContent>
          </Step>
        ))}
      </Stepper>
    </Box>
  );
}
