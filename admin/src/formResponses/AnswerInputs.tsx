import { Box, Divider, LinearProgress, Typography } from '@mui/material';
import { useMemo } from 'react';
import {
  CheckboxGroupInput,
  type Identifier,
  NumberInput,
  RadioButtonGroupInput,
  required,
  TextInput,
  useGetList,
  useTranslate,
} from 'react-admin';
import { useFormatNumber } from '../common/digits';
import { type Answer, answerSource, inputValueOf, type Question } from './answers';

const RATINGS = [1, 2, 3, 4, 5];
const ALL_QUESTIONS = { page: 1, perPage: 200 };

/** The input a question is answered with, by its kind. */
function AnswerInput({ question, given }: { question: Question; given: Answer | undefined }) {
  const format = useFormatNumber();
  const source = answerSource(question.id);
  const common = {
    source,
    label: question.prompt,
    validate: question.required ? required() : undefined,
    defaultValue: given ? (inputValueOf(given) ?? undefined) : undefined,
  };
  const choices = question.choices.map((choice) => ({ id: choice, name: choice }));
  switch (question.kind) {
    case 'RATING':
      return (
        <RadioButtonGroupInput
          {...common}
          row
          translateChoice={false}
          choices={RATINGS.map((rating) => ({ id: String(rating), name: format(rating) }))}
        />
      );
    case 'YES_NO':
      return (
        <RadioButtonGroupInput
          {...common}
          row
          choices={[
            { id: 'true', name: 'ra.boolean.true' },
            { id: 'false', name: 'ra.boolean.false' },
          ]}
        />
      );
    case 'NUMBER':
      return <NumberInput {...common} />;
    case 'SINGLE_CHOICE':
      return <RadioButtonGroupInput {...common} translateChoice={false} choices={choices} />;
    case 'MULTIPLE_CHOICE':
      return <CheckboxGroupInput {...common} translateChoice={false} choices={choices} />;
    case 'TEXT':
      return <TextInput {...common} multiline />;
  }
}

/**
 * The questions of a form, in order, as inputs of their kinds; `answers` fills them in when a
 * response is changed.
 */
export function AnswerInputs({ formId, answers }: { formId: Identifier; answers?: readonly Answer[] }) {
  const translate = useTranslate();
  const { data: questions, isPending } = useGetList<Question & { id: string }>('ImpactQuestion', {
    filter: { formId },
    sort: { field: 'position', order: 'ASC' },
    pagination: ALL_QUESTIONS,
  });
  const given = useMemo(() => new Map(answers?.map((answer) => [answer.questionId, answer])), [answers]);
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, width: '100%' }}>
      <Divider sx={{ my: 2 }} />
      <Typography component="legend" variant="h6" gutterBottom>
        {translate('resources.ImpactForm.fields.questions')}
      </Typography>
      {isPending ? <LinearProgress /> : null}
      {questions?.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('mujtama.impact.no_questions')}
        </Typography>
      ) : null}
      {questions?.map((question) => (
        <Box key={question.id} sx={{ mb: 1 }}>
          <AnswerInput question={question} given={given.get(String(question.id))} />
        </Box>
      ))}
    </Box>
  );
}
