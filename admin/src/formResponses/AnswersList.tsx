import { Box, Chip, Divider, LinearProgress, Rating, Stack, Typography } from '@mui/material';
import { type Identifier, useTranslate } from 'react-admin';
import { useFormatNumber } from '../common/digits';
import { useGraphQLQuery } from '../reports/useGraphQLQuery';
import type { Answer, Question } from './answers';

const ANSWERS = `query FormResponseAnswered($id: ID!) {
  formResponse(id: $id) {
    answers { questionId value values }
    form { questions { id prompt kind position choices required } }
  }
}`;

function AnswerText({ question, answer }: { question: Question; answer: Answer | undefined }) {
  const translate = useTranslate();
  const format = useFormatNumber();
  if (!answer)
    return <Typography color="text.secondary">{translate('mujtama.impact.unanswered')}</Typography>;
  switch (question.kind) {
    case 'RATING':
      return (
        <Stack direction="row" alignItems="center" gap={1}>
          <Rating value={Number(answer.value)} readOnly size="small" />
          <Typography>{format(Number(answer.value))}</Typography>
        </Stack>
      );
    case 'YES_NO':
      return <Typography>{translate(`ra.boolean.${answer.value === 'true'}`)}</Typography>;
    case 'NUMBER':
      return <Typography>{format(Number(answer.value))}</Typography>;
    case 'MULTIPLE_CHOICE':
      return (
        <Stack direction="row" gap={0.5} flexWrap="wrap">
          {answer.values.map((value) => (
            <Chip key={value} size="small" label={value} />
          ))}
        </Stack>
      );
    default:
      return <Typography sx={{ whiteSpace: 'pre-wrap' }}>{answer.value}</Typography>;
  }
}

/** A response's answers under the form's questions, in the form's order. */
export function AnswersList({ id }: { id: Identifier }) {
  const translate = useTranslate();
  const { data, isPending } = useGraphQLQuery<{
    formResponse: { answers: Answer[]; form: { questions: Question[] } };
  }>(ANSWERS, { id });
  if (isPending) return <LinearProgress />;
  if (!data) return null;
  const { answers, form } = data.formResponse;
  const byQuestion = new Map(answers.map((answer) => [answer.questionId, answer]));
  const questions = [...form.questions].sort((a, b) => a.position - b.position);
  return (
    <Box
      component="section"
      aria-label={translate('resources.FormResponse.fields.answers')}
      sx={{ px: 2, pb: 2 }}
    >
      <Divider sx={{ mb: 2 }} />
      <Typography variant="h6" component="h2" gutterBottom>
        {translate('resources.FormResponse.fields.answers')}
      </Typography>
      <Stack component="dl" gap={2} sx={{ m: 0 }}>
        {questions.map((question) => (
          <Box key={question.id}>
            <Typography component="dt" variant="subtitle2" color="text.secondary">
              {question.prompt}
            </Typography>
            <Box component="dd" sx={{ m: 0 }}>
              <AnswerText question={question} answer={byQuestion.get(question.id)} />
            </Box>
          </Box>
        ))}
      </Stack>
    </Box>
  );
}
