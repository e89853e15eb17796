import {
  Box,
  Card,
  CardContent,
  Chip,
  Divider,
  Grid,
  LinearProgress,
  Rating,
  Stack,
  Typography,
  useTheme,
} from '@mui/material';
import { QuestionKind } from '@mujtama/shared/enums';
import { enumLabel } from '@mujtama/shared/labels';
import { useMemo } from 'react';
import { useTranslate } from 'react-admin';
import { useFormatNumber, useNumberLocale } from '../common/digits';
import { useAppLocale } from '../common/useAppLocale';
import { BarList } from '../reports/charts/BarList';
import { toSeries } from '../reports/charts/series';

export interface QuestionResult {
  question: { id: string; prompt: string; kind: QuestionKind };
  answered: number;
  average: number | null;
  minimum: number | null;
  maximum: number | null;
  distribution: { value: string; label: string; count: number; share: number }[];
  texts: string[];
}

export interface FormResults {
  form: { id: string; title: string };
  responses: number;
  questions: QuestionResult[];
}

/** The selection of `FormResults` the charts read, for the queries of the pages that show them. */
export const FORM_RESULTS = `form { id title } responses questions {
  question { id prompt kind } answered average minimum maximum
  distribution { value label count share } texts
}`;

function usePercent() {
  const locale = useNumberLocale();
  return useMemo(
    () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format,
    [locale],
  );
}

/** The figure a question is summed up by: the average rating, the share of yes, or the mean number. */
function Headline({ result }: { result: QuestionResult }) {
  const translate = useTranslate();
  const format = useFormatNumber();
  const percent = usePercent();
  const { kind } = result.question;
  if (result.average == null) return null;
  if (kind === 'RATING') {
    return (
      <Stack direction="row" alignItems="center" gap={1}>
        <Typography variant="h4" component="p">
          {format(result.average)}
        </Typography>
        <Box>
          <Rating value={result.average} precision={0.1} readOnly size="small" />
          <Typography variant="caption" component="p" color="text.secondary">
            {translate('mujtama.impact.average_rating')}
          </Typography>
        </Box>
      </Stack>
    );
  }
  if (kind === 'YES_NO') {
    return (
      <Typography variant="h4" component="p">
        {percent(result.average)}{' '}
        <Typography component="span" variant="body2" color="text.secondary">
          {translate('mujtama.impact.said_yes')}
        </Typography>
      </Typography>
    );
  }
  return (
    <Stack direction="row" gap={3} flexWrap="wrap">
      {(
        [
          ['mujtama.impact.average', result.average],
          ['mujtama.impact.minimum', result.minimum],
          ['mujtama.impact.maximum', result.maximum],
        ] as const
      ).map(([label, value]) =>
        value == null ? null : (
          <Box key={label}>
            <Typography variant="h5" component="p">
              {format(value)}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {translate(label)}
            </Typography>
          </Box>
        ),
      )}
    </Stack>
  );
}

function QuestionCard({ result }: { result: QuestionResult }) {
  const translate = useTranslate();
  const locale = useAppLocale();
  const theme = useTheme();
  const format = useFormatNumber();
  const percent = usePercent();
  const { question } = result;
  // The API names yes and no in Arabic; ratings are written in the reader's digits.
  const label = (value: string, given: string) => {
    if (question.kind === 'YES_NO') return translate(`ra.boolean.${value === 'true'}`);
    if (question.kind === 'RATING') return format(Number(value));
    return given;
  };
  const series = toSeries(theme, [['count', translate('mujtama.impact.answers')]]);
  const rows = result.distribution.map(({ value, label: given, count, share }) => ({
    key: value,
    label: `${label(value, given)} (${percent(share)})`,
    values: { count },
  }));
  return (
    <Card variant="outlined" sx={{ height: '100%' }} component="article" aria-label={question.prompt}>
      <CardContent>
        <Stack direction="row" justifyContent="space-between" alignItems="flex-start" gap={1} mb={1}>
          <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
            {question.prompt}
          </Typography>
          <Chip size="small" variant="outlined" label={enumLabel(QuestionKind, question.kind, locale)} />
        </Stack>
        <Typography variant="caption" color="text.secondary" component="p" gutterBottom>
          {translate('mujtama.impact.answered', {
            smart_count: result.answered,
            count: format(result.answered),
          })}
        </Typography>
        <Headline result={result} />
        {rows.length > 0 ? (
          <Box mt={2}>
            <BarList rows={rows} series={series} />
          </Box>
        ) : null}
        {result.texts.length > 0 ? (
          <Stack component="ul" gap={1} sx={{ mt: 2, mb: 0, pl: 2 }}>
            {result.texts.map((text, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: answers may repeat word for word, in the API's fixed order
              <Typography component="li" variant="body2" key={index}>
                {text}
              </Typography>
            ))}
          </Stack>
        ) : null}
      </CardContent>
    </Card>
  );
}

/** The results of one form: how many responded, then each question's figure and distribution. */
export function FormResultsView({
  results,
  showTitle = false,
}: {
  results: FormResults;
  showTitle?: boolean;
}) {
  const translate = useTranslate();
  const format = useFormatNumber();
  return (
    <Box component="section" aria-label={results.form.title} sx={{ mb: 3 }}>
      <Stack direction="row" alignItems="baseline" gap={2} mb={2} flexWrap="wrap">
        {showTitle ? (
          <Typography variant="h6" component="h3">
            {results.form.title}
          </Typography>
        ) : null}
        <Typography variant="body2" color="text.secondary">
          {translate('mujtama.impact.responses', {
            smart_count: results.responses,
            count: format(results.responses),
          })}
        </Typography>
      </Stack>
      {results.responses === 0 ? null : (
        <Grid container spacing={2}>
          {results.questions.map((result) => (
            <Grid key={result.question.id} size={{ xs: 12, md: 6, xl: 4 }}>
              <QuestionCard result={result} />
            </Grid>
          ))}
        </Grid>
      )}
    </Box>
  );
}

/** A page's impact section: the results of each form, once loaded. */
export function ImpactResultsSection({
  title,
  results,
  isPending,
}: {
  title: string;
  results: readonly FormResults[] | undefined;
  isPending: boolean;
}) {
  const translate = useTranslate();
  return (
    <Box component="section" aria-label={translate(title)} sx={{ px: 2, pb: 2 }}>
      <Divider sx={{ mb: 2 }} />
      <Typography variant="h6" component="h2" gutterBottom>
        {translate(title)}
      </Typography>
      {isPending ? <LinearProgress /> : null}
      {results?.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('mujtama.impact.no_form')}
        </Typography>
      ) : null}
      {results?.map((formResults) => (
        <FormResultsView key={formResults.form.id} results={formResults} showTitle={results.length > 1} />
      ))}
    </Box>
  );
}
