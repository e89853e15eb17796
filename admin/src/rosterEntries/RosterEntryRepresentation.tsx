import { RosterRole } from '@mujtama/shared/enums';
import { EnumField } from '../common/EnumField';
import { PersonLinkedField } from '../common/PersonLinkedField';

/** A roster entry reads as the person and their role. */
export function RosterEntryRepresentation() {
  return <PersonLinkedField detail={<EnumField source="role" enumeration={RosterRole} />} />;
}
