import { HijriDateField } from '../common/HijriDateField';
import { LinkedNamesField } from '../common/LinkedNamesField';

/** A visit reads as its host and its day. */
export function VisitRepresentation() {
  return (
    <LinkedNamesField
      links={[{ source: 'hostEntityId', reference: 'AssociationEntity' }]}
      detail={<HijriDateField source="scheduledOn" />}
    />
  );
}
