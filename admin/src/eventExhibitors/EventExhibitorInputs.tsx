import { eventExhibitorRules } from '@mujtama/shared/validation';
import { TextInput } from 'react-admin';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';
import { useRuleValidators } from '../common/useRuleValidators';

/** `fixed` leaves out the reference the page opening the form already gives. */
export function EventExhibitorInputs({ fixed }: { fixed?: 'eventId' | 'entityId' }) {
  const validate = useRuleValidators(eventExhibitorRules);
  return (
    <>
      {fixed === 'eventId' ? null : (
        <ReferenceAutocompleteInput
          source="eventId"
          reference="AssociationEvent"
          validate={validate.eventId}
        />
      )}
      {fixed === 'entityId' ? null : (
        <ReferenceAutocompleteInput
          source="entityId"
          reference="AssociationEntity"
          validate={validate.entityId}
        />
      )}
      <TextInput source="notes" validate={validate.notes} />
    </>
  );
}
