import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import { Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useId, useState } from 'react';
import {
  ArrayInput,
  Button,
  Form,
  type Identifier,
  required,
  SaveButton,
  SimpleFormIterator,
  useGetList,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { useFormatNumber } from '../common/digits';
import { HijriDateInput } from '../common/HijriDateInput';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';
import { useApiMutation } from '../common/useApiMutation';

const GENERATE = `mutation GenerateVisitSchedule($groupId: ID!, $dates: [LocalDate!]!, $committeeId: ID) {
  generateVisitSchedule(groupId: $groupId, dates: $dates, committeeId: $committeeId) { id }
}`;

const ALL_MEMBERS = { page: 1, perPage: 1 };

interface ScheduleValues {
  dates?: (string | null)[];
  committeeId?: Identifier | null;
}

const dateRequired = [required()];

/**
 * Writes the group's exchange visits on the dates given: each center hosts once, in the group's
 * order, and the others visit it. The new visits are listed on the group's page, ready to edit.
 */
export function GenerateScheduleButton() {
  const group = useRecordContext();
  const [open, setOpen] = useState(false);
  const run = useApiMutation();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const format = useFormatNumber();
  const titleId = useId();
  const { total: centers = 0 } = useGetList(
    'VisitGroupMember',
    { filter: { groupId: group?.id }, pagination: ALL_MEMBERS },
    { enabled: group != null },
  );
  if (!group) return null;
  const close = () => setOpen(false);

  const generate = async ({ dates, committeeId }: ScheduleValues) => {
    const result = await run<{ generateVisitSchedule: { id: string }[] }>(
      GENERATE,
      { groupId: group.id, dates: (dates ?? []).filter(Boolean), committeeId: committeeId || null },
      {
        resource: 'Visit',
        refusals: {
          CONFLICT: 'mujtama.visit_groups.already_scheduled',
          BAD_USER_INPUT: 'mujtama.visit_groups.too_few_dates',
        },
      },
    );
    if (!result) return;
    notify('mujtama.visit_groups.scheduled', {
      type: 'success',
      messageArgs: {
        smart_count: result.generateVisitSchedule.length,
        count: format(result.generateVisitSchedule.length),
      },
    });
    close();
    refresh();
  };

  return (
    <>
      <Button label="mujtama.visit_groups.schedule" onClick={() => setOpen(true)} disabled={centers < 2}>
        <EventRepeatIcon />
      </Button>
      <Dialog open={open} onClose={close} fullWidth maxWidth="sm" aria-labelledby={titleId}>
        <DialogTitle id={titleId}>{translate('mujtama.visit_groups.schedule')}</DialogTitle>
        <Form
          defaultValues={{ dates: Array.from({ length: centers }, () => null) }}
          onSubmit={(values: ScheduleValues) => generate(values)}
        >
          <DialogContent>
            <Typography variant="body2" color="text.secondary" gutterBottom>
              {translate('mujtama.visit_groups.schedule_hint', { count: format(centers) })}
            </Typography>
            <ArrayInput source="dates" label="mujtama.visit_groups.dates">
              <SimpleFormIterator inline disableReordering disableClear>
                <HijriDateInput source="" label="mujtama.visit_groups.date" validate={dateRequired} />
              </SimpleFormIterator>
            </ArrayInput>
            <ReferenceAutocompleteInput
              source="committeeId"
              reference="Committee"
              filter={{ programId: group.programId }}
              label="resources.Visit.fields.committeeId"
              helperText="mujtama.visit_groups.committee_hint"
            />
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={close} />
            <SaveButton label="mujtama.visit_groups.generate" icon={<EventRepeatIcon />} alwaysEnable />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
}
