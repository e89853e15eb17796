import { ReferenceField } from 'react-admin';

/** An attendance reads as the member it records. */
export function MeetingAttendanceRepresentation() {
  return <ReferenceField source="rosterEntryId" reference="RosterEntry" link={false} />;
}
