import { choiceQuestionKinds, QuestionKind } from '@mujtama/shared/enums';
import { impactAnswerLimits, impactQuestionRules, type RuleSet } from '@mujtama/shared/validation';
import {
  ArrayInput,
  BooleanInput,
  FormDataConsumer,
  NumberInput,
  SimpleFormIterator,
  TextInput,
  type Validator,
} from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';
import { useRuleValidators } from '../common/useRuleValidators';

const choiceRules = {
  choice: { required: true, maxLength: impactAnswerLimits.choice },
} as const satisfies RuleSet;

/** A new question starts as a required rating; the API puts it at the end of its form. */
export const NEW_QUESTION = { kind: 'RATING', required: true, choices: [] };

const isChoiceKind = (kind: unknown) => choiceQuestionKinds.some((candidate) => candidate === kind);

/** Only choice questions have choices: ones left from an earlier kind are cleared. */
export const clearStrayChoices = (data: Record<string, unknown>) =>
  isChoiceKind(data.kind) ? data : { ...data, choices: [] };

const twoChoicesOrMore: Validator = (value: unknown) =>
  Array.isArray(value) && value.length >= 2 ? undefined : 'mujtama.impact.two_choices';

/** `fixed` leaves out the form when the question is added from the form's page. */
export function ImpactQuestionInputs({ fixed }: { fixed?: 'formId' }) {
  const validate = useRuleValidators(impactQuestionRules);
  const validateChoice = useRuleValidators(choiceRules).choice;
  return (
    <>
      {fixed === 'formId' ? null : (
        <ReferenceAutocompleteInput source="formId" reference="ImpactForm" validate={validate.formId} />
      )}
      <EnumInput source="kind" enumeration={QuestionKind} validate={validate.kind} />
      <TextInput source="prompt" validate={validate.prompt} multiline />
      <FormDataConsumer<{ kind?: string }>>
        {({ formData }) =>
          isChoiceKind(formData.kind) ? (
            <ArrayInput source="choices" validate={twoChoicesOrMore}>
              <SimpleFormIterator inline disableClear>
                <TextInput source="" label="mujtama.impact.choice" validate={validateChoice} />
              </SimpleFormIterator>
            </ArrayInput>
          ) : null
        }
      </FormDataConsumer>
      <BooleanInput source="required" />
      {fixed === 'formId' ? null : <NumberInput source="position" validate={validate.position} step={1} />}
    </>
  );
}
