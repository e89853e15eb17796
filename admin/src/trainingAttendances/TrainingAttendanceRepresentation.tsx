import { ReferenceField } from 'react-admin';
import { PersonLinkedField } from '../common/PersonLinkedField';

/** A trainee reads as the person and the training event. */
export function TrainingAttendanceRepresentation() {
  return (
    <PersonLinkedField detail={<ReferenceField source="eventId" reference="TrainingEvent" link={false} />} />
  );
}
