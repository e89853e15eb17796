import AssignmentIcon from '@mui/icons-material/Assignment';
import { CreateButton, useRecordContext } from 'react-admin';

/** Opens the "fill this form" page for the shown visit or initiative, with its impact form chosen. */
export function FillFormButton({ target }: { target: 'visitId' | 'initiativeId' }) {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <CreateButton
      resource="FormResponse"
      label="mujtama.impact.fill"
      icon={<AssignmentIcon />}
      variant="contained"
      state={{ record: { formId: record.impactFormId ?? undefined, [target]: record.id } }}
    />
  );
}
