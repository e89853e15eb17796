import { Typography } from '@mui/material';
import { VisitKind, VisitStatus } from '@mujtama/shared/enums';
import { visitRules } from '@mujtama/shared/validation';
import { BooleanInput, FormDataConsumer, TextInput, useTranslate } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { HijriDateInput } from '../common/HijriDateInput';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';
import { useRuleValidators } from '../common/useRuleValidators';

/** Only exchange visits belong to a group: one left from an earlier kind is cleared. */
export const clearStrayGroup = (data: Record<string, unknown>) =>
  data.kind === 'EXCHANGE' ? data : { ...data, groupId: null };

const VISIT_FORMS = { target: 'VISIT' } as const;

function Heading({ children }: { children: string }) {
  const translate = useTranslate();
  return (
    <Typography variant="subtitle1" component="h2" sx={{ mt: 2, fontWeight: 600 }}>
      {translate(children)}
    </Typography>
  );
}

/** The visit as planned, then the four steps of a supervised visit, recorded as they happen. */
export function VisitInputs() {
  const validate = useRuleValidators(visitRules);
  return (
    <>
      <Heading>mujtama.visits.plan</Heading>
      <EnumInput source="kind" enumeration={VisitKind} validate={validate.kind} />
      <FormDataConsumer<{ kind?: string }>>
        {({ formData }) =>
          formData.kind === 'EXCHANGE' ? (
            <ReferenceAutocompleteInput source="groupId" reference="VisitGroup" validate={validate.groupId} />
          ) : null
        }
      </FormDataConsumer>
      <ReferenceAutocompleteInput
        source="committeeId"
        reference="Committee"
        validate={validate.committeeId}
        helperText="mujtama.visits.committee_hint"
      />
      <ReferenceAutocompleteInput
        source="hostEntityId"
        reference="AssociationEntity"
        validate={validate.hostEntityId}
      />
      <HijriDateInput source="scheduledOn" validate={validate.scheduledOn} />
      <EnumInput source="status" enumeration={VisitStatus} validate={validate.status} />

      <Heading>mujtama.visits.step_activity</Heading>
      <FormDataConsumer<{ hostEntityId?: string }>>
        {({ formData }) => (
          <ReferenceAutocompleteInput
            source="hostActivityId"
            reference="Activity"
            filter={formData.hostEntityId ? { entityId: formData.hostEntityId } : undefined}
            sort={{ field: 'heldOn', order: 'DESC' }}
            validate={validate.hostActivityId}
          />
        )}
      </FormDataConsumer>
      <Heading>mujtama.visits.step_report</Heading>
      <BooleanInput source="reportViewed" />
      <TextInput source="reportNotes" validate={validate.reportNotes} multiline />
      <Heading>mujtama.visits.step_discussion</Heading>
      <TextInput source="discussionNotes" validate={validate.discussionNotes} multiline minRows={3} />
      <Heading>mujtama.visits.step_impact</Heading>
      <ReferenceAutocompleteInput
        source="impactFormId"
        reference="ImpactForm"
        filter={VISIT_FORMS}
        validate={validate.impactFormId}
        helperText="mujtama.visits.impact_hint"
      />
      <TextInput source="notes" validate={validate.notes} multiline />
    </>
  );
}
