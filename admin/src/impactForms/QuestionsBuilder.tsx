import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import { IconButton, Stack, Tooltip } from '@mui/material';
import { QuestionKind } from '@mujtama/shared/enums';
import { type ReactElement, useState } from 'react';
import {
  BooleanField,
  DataTable,
  type RaRecord,
  useDataProvider,
  useListContext,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { EnumField } from '../common/EnumField';
import { LocalNumberField } from '../common/LocalNumberField';
import { AddRecordButton, RowActions } from '../common/RecordDialogs';
import { RelatedRecords } from '../common/RelatedRecords';
import { ChoicesField } from '../impactQuestions/ChoicesField';
import {
  clearStrayChoices,
  ImpactQuestionInputs,
  NEW_QUESTION,
} from '../impactQuestions/ImpactQuestionInputs';

/** The API takes at most this many questions in a form; the builder shows them all on one page. */
const ALL_QUESTIONS = 200;

/** Moves the row's question one place up or down, numbering the form's questions 1, 2, 3… again. */
function MoveButtons() {
  const question = useRecordContext();
  const { data = [] } = useListContext();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [moving, setMoving] = useState(false);
  if (!question) return null;
  const index = data.findIndex((candidate) => candidate.id === question.id);

  const move = async (offset: -1 | 1) => {
    const order: RaRecord[] = [...data];
    order.splice(index + offset, 0, ...order.splice(index, 1));
    setMoving(true);
    try {
      for (const [place, record] of order.entries()) {
        if (record.position === place + 1) continue;
        await dataProvider.update('ImpactQuestion', {
          id: record.id,
          data: { position: place + 1 },
          previousData: record,
        });
      }
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setMoving(false);
      refresh();
    }
  };

  const button = (offset: -1 | 1, label: string, icon: ReactElement, disabled: boolean) => (
    <Tooltip title={translate(label)}>
      <span>
        <IconButton
          size="small"
          aria-label={translate(label)}
          disabled={disabled || moving}
          onClick={() => move(offset)}
        >
          {icon}
        </IconButton>
      </span>
    </Tooltip>
  );
  return (
    <Stack direction="row">
      {button(-1, 'ra.action.move_up', <ArrowUpwardIcon fontSize="small" />, index <= 0)}
      {button(1, 'ra.action.move_down', <ArrowDownwardIcon fontSize="small" />, index >= data.length - 1)}
    </Stack>
  );
}

/** The form's questions, built in place: add a question of any kind, change, reorder or remove one. */
export function QuestionsBuilder() {
  return (
    <RelatedRecords
      reference="ImpactQuestion"
      target="formId"
      title="resources.ImpactForm.fields.questions"
      sort={{ field: 'position', order: 'ASC' }}
      perPage={ALL_QUESTIONS}
      empty="mujtama.impact.no_questions"
      actions={
        <AddRecordButton
          resource="ImpactQuestion"
          label="mujtama.impact.add_question"
          title="mujtama.impact.add_question"
          defaults={(form) => ({ ...NEW_QUESTION, formId: form.id })}
          transform={clearStrayChoices}
        >
          <ImpactQuestionInputs fixed="formId" />
        </AddRecordButton>
      }
    >
      <DataTable rowClick={false} bulkActionButtons={false}>
        <DataTable.Col source="position" field={LocalNumberField} disableSort />
        <DataTable.Col source="prompt" disableSort />
        <DataTable.Col source="kind" disableSort>
          <EnumField source="kind" enumeration={QuestionKind} />
        </DataTable.Col>
        <DataTable.Col source="choices" field={ChoicesField} disableSort />
        <DataTable.Col source="required" field={BooleanField} disableSort />
        <DataTable.Col label={false}>
          <MoveButtons />
        </DataTable.Col>
        <RowActions
          resource="ImpactQuestion"
          title="mujtama.impact.edit_question"
          transform={clearStrayChoices}
        >
          <ImpactQuestionInputs fixed="formId" />
        </RowActions>
      </DataTable>
    </RelatedRecords>
  );
}
