import { Box, Chip, Stack } from '@mui/material';
import {
  Labeled,
  ReferenceField,
  ReferenceManyField,
  ShowButton,
  SingleFieldList,
  TextField,
  useRecordContext,
} from 'react-admin';
import { localName } from '../common/representation';
import { useAppLocale } from '../common/useAppLocale';

function AttendeeChip() {
  const person = useRecordContext();
  const locale = useAppLocale();
  return person ? <Chip size="small" label={localName(person, locale)} /> : null;
}

/** A meeting's record, shown under its row: agenda, minutes, decisions, and who attended. */
export function MeetingDetails() {
  return (
    <Box sx={{ py: 1 }}>
      <Stack gap={1}>
        {(['agenda', 'minutes', 'decisions'] as const).map((source) => (
          <Labeled key={source} source={source}>
            <TextField source={source} component="p" sx={{ whiteSpace: 'pre-wrap' }} emptyText="—" />
          </Labeled>
        ))}
        <Labeled source="attendees">
          <ReferenceManyField reference="CommitteeMeetingAttendee" target="meetingId" perPage={100}>
            <SingleFieldList linkType={false}>
              <ReferenceField source="personId" reference="Person" link={false}>
                <AttendeeChip />
              </ReferenceField>
            </SingleFieldList>
          </ReferenceManyField>
        </Labeled>
      </Stack>
      <Box sx={{ mt: 1 }}>
        <ShowButton resource="CommitteeMeeting" />
      </Box>
    </Box>
  );
}
